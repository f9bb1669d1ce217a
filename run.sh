#!/usr/bin/env bash
# The run command of the README: builds the server jar if needed and starts it on its embedded
# defaults in demo mode (port 8080; restauth.demo=true: with no application or person configured it makes
# demo ones and prints their credentials, never without demo mode).
set -euo pipefail
cd "$(dirname "$0")"
jar=server-micronaut/target/restauth-server.jar
# rebuild when the jar is missing or any source, resource or pom of its modules is newer
if [ ! -f "$jar" ] || [ -n "$(find pom.xml core/src core/pom.xml format/src format/pom.xml store-redis/src store-redis/pom.xml store-sqlite/src store-sqlite/pom.xml \
     server-micronaut/src server-micronaut/pom.xml -type f -newer "$jar" -print -quit 2>/dev/null)" ]; then
  mvn -B -ntp -q -DskipTests -Djib.skip -pl server-micronaut -am package
fi
exec java ${JAVA_OPTS:-} -Drestauth.demo=true -jar "$jar" "$@"
