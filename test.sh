#!/usr/bin/env bash
# The test command of the README. Installs what the tests need from Debian's packages when it is
# missing (Chromium and ChromeDriver for the login page, redis-server for the Redis store; the tests
# start and stop their own redis-server and browser on 127.0.0.1), then runs the whole build.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
perl -MWWW::Facebook::API -e 1 >/dev/null 2>&1 || need+=(libwww-facebook-api-perl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${need[*]}; install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

exec mvn -B -ntp verify "$@"
