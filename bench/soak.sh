#!/usr/bin/env bash
# Soak test of the server jar (not part of CI): wrk mixes correctly signed auth.createToken calls with
# invalid ones (bad sig, bad callback, garbage) for a while, and reports, minute by minute, the requests,
# the p99 latency, every HTTP status other than 200 and every socket error, and the server's RSS.
#
#   bench/soak.sh [DURATION]          DURATION like 10m (default), 120s, 2m
#
# Environment: SOAK_JAR (default server-micronaut/target/restauth-server.jar; build it with
# `mvn -B -ntp -pl server-micronaut -am package -DskipTests`), SOAK_PORT (18080), SOAK_CONNECTIONS (32),
# SOAK_THREADS (2). The rate limits are switched off and tokens live 30 s (capped at 1 000 000), so
# the run measures the server and its stores, not the limiter; the access log is off (a line per call).
# Protocol errors are HTTP 200 by design: any other status, or any socket error, is a failure.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${1:-10m}
JAR=${SOAK_JAR:-server-micronaut/target/restauth-server.jar}
PORT=${SOAK_PORT:-18080}
CONNECTIONS=${SOAK_CONNECTIONS:-32}
THREADS=${SOAK_THREADS:-2}
KEY=50a450a450a450a450a450a450a450a4
SECRET=soaksecretsoaksecretsoaksecret00

case "$DURATION" in
  *m) SECONDS_TOTAL=$(( ${DURATION%m} * 60 )) ;;
  *s) SECONDS_TOTAL=${DURATION%s} ;;
  *) SECONDS_TOTAL=$DURATION ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: mvn -B -ntp -pl server-micronaut -am package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER_PID=""
stop() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop EXIT

sign() { # the legacy signature: md5 of the sorted key=value pairs, then the secret
  printf '%s' "$1$SECRET" | md5sum | cut -d' ' -f1
}

# The request mix: 6 in 10 valid (each a different call_id), then bad sig, bad callback, garbage.
{
  echo "paths = {"
  for i in $(seq 1 60); do
    call_id=$((1262304000000 + i))
    sig=$(sign "api_key=${KEY}call_id=${call_id}method=auth.createTokenv=1.0")
    echo "  \"/restserver.php?method=auth.createToken&api_key=$KEY&v=1.0&call_id=$call_id&sig=$sig\","
  done
  for i in $(seq 1 15); do
    echo "  \"/restserver.php?method=auth.createToken&api_key=$KEY&v=1.0&call_id=$i&sig=0123456789abcdef0123456789abcdef\","
  done
  for i in $(seq 1 15); do
    sig=$(sign "api_key=${KEY}callback=alert(${i})format=jsonmethod=auth.createToken")
    echo "  \"/restserver.php?method=auth.createToken&api_key=$KEY&format=json&callback=alert(${i})&sig=$sig\","
  done
  echo '  "/restserver.php?%zz=%C3%28&&=x&method=%00%01",'
  echo '  "/restserver.php?method=auth.getSession&api_key=nope&auth_token=<script>",'
  echo '  "/restserver.php?a=1&a=2&a=3&sig=&sig=x",'
  echo '  "/method/facebook.auth.createToken?api_key='"$KEY"'&format=xml&sig=x",'
  echo '  "/restserver.php?method=' "$(printf 'x%.0s' $(seq 1 5000))" '",'
  echo '  "/restserver.php",'
  echo '  "/restserver.php?format=json-strings&callback=a.b.c&method=auth.expireSession&session_key=zz",'
  echo '  "/restserver.php?v=%F0%9F%98%80&method=auth.promoteSession",'
  echo '  "/restserver.php?uid=99999999999999999999&method=auth.revokeAuthorization&api_key='"$KEY"'",'
  echo '  "/restserver.php?call_id=1e309&method=auth.createToken&api_key='"$KEY"'"'
  echo "}"
  cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
} | sed 's/ "\/restserver.php?method= \(x*\) ",/ "\/restserver.php?method=\1",/' > "$WORK/mix.lua"

java -Xmx512m -jar "$JAR" \
  -micronaut.server.port="$PORT" \
  -restauth.apps.soak.api-key="$KEY" -restauth.apps.soak.secret="$SECRET" \
  -restauth.api.rate-limit.enabled=false -restauth.api.address-rate-limit.enabled=false \
  -restauth.token.lifetime=30s -restauth.token.max-live=1000000 -restauth.token.max-live-per-app=1000000 \
  -logger.levels.restauth.access=WARN >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/restserver.php" && break
  sleep 0.5
done
rss() { ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MB", $1 / 1024}'; }
echo "server pid $SERVER_PID on port $PORT; RSS at start: $(rss)"
echo "soak for ${SECONDS_TOTAL}s, $CONNECTIONS connections, $THREADS threads; one line a minute"
printf '%-6s %10s %9s %9s %8s %13s %s\n' minute requests req/s p99 non-2xx socket-errors RSS

FAILED=0
minute=0
left=$SECONDS_TOTAL
while [ "$left" -gt 0 ]; do
  minute=$((minute + 1))
  chunk=$(( left < 60 ? left : 60 ))
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${chunk}s" --latency -s "$WORK/mix.lua" "http://127.0.0.1:$PORT")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  socket=$(echo "$out" | awk -F'Socket errors: ' '/Socket errors/ {print $2}')
  printf '%-6s %10s %9s %9s %8s %13s %s\n' "$minute" "$requests" "$rate" "$p99" "${non2xx:-0}" "${socket:-none}" "$(rss)"
  if [ -n "$non2xx" ] || [ -n "$socket" ]; then FAILED=1; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died:"; tail -20 "$WORK/server.log"; exit 1; }
  left=$((left - chunk))
done

echo "RSS at end: $(rss)"
errors=$(grep -c -E ' (ERROR|WARN) ' "$WORK/server.log" || true)
echo "server log: $errors ERROR/WARN lines"
grep -E ' (ERROR|WARN) ' "$WORK/server.log" | head -5 || true
[ "$FAILED" -eq 0 ] && [ "$errors" -eq 0 ] && echo "soak: OK" || { echo "soak: FAILED"; exit 1; }
