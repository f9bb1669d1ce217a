#!/usr/bin/env bash
# The run command of the README: builds the server jar if needed and starts it on its embedded
# defaults (port 8080; with no application configured it prints a demo api key and secret).
set -euo pipefail
cd "$(dirname "$0")"
jar=server-micronaut/target/restauth-server.jar
if [ ! -f "$jar" ] || [ -n "$(find core format server-micronaut -name '*.java' -newer "$jar" -print -quit 2>/dev/null)" ] \
   || [ -n "$(find . -name pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests -pl server-micronaut -am package
fi
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
