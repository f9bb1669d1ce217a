#!/usr/bin/env bash
# HTTP load test of the server on 127.0.0.1 with wrk: auth.createToken (XML, JSON) against /bench/baseline,
# a constant answer through the same server and HTTP stack, measured in the same server run, and against
# /bench/floor/xml and /json: the call read as the API reads it and the protocol's answer for a constant token,
# with none of the API's own work (what any implementation must do here). Then, when redis-server is
# installed, createToken XML with restauth.store=redis. Prints one table. See bench/README.md.
#
#   DURATION=15s CONNECTIONS=64 THREADS=2 WARMUP=20s ROUNDS=1 bench/http.sh
#
# ROUNDS=2 measures A B C D E E D C B A (the mean per endpoint), which cancels a load that drifts during the run.
# BUDGET=1 adds /bench/baseline/busy/{0,1000,2000,4000}: what 1, 2 and 4 µs of work per call cost in requests/s.
# JAVA_OPTS (default -Xmx1g) go to the server. Everything it starts is stopped on exit, by PID.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-20s}
ROUNDS=${ROUNDS:-1}
BUDGET=${BUDGET:-0}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
# Tokens live 20 s, so the in-memory store reaches its steady state (one expired token swept per token
# issued) during the warm-up and stays far below the caps, which are raised out of the way.
TOKEN_LIFETIME=${TOKEN_LIFETIME:-20s}
TOKEN_CAP=10000000
HOST=127.0.0.1
JAR=${JAR:-server-micronaut/target/restauth-server.jar}
LUA=bench/post.lua
API_KEY=bench0123456789abcdef0123456789a
SECRET=benchsecretbenchsecretbenchsecr0

fail() { echo "http.sh: $*" >&2; exit 1; }

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    fail "wrk is missing: install it with 'sudo apt-get install wrk' (Debian/Ubuntu)"
  fi
fi
command -v curl >/dev/null || fail "curl is missing: install it with 'sudo apt-get install curl'"
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..."
  mvn -B -ntp -q -DskipTests -pl server-micronaut -am package
fi

seconds() { # 15s, 2m or 15 -> seconds
  case "$1" in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# docs/protocol.md §3: md5 of the parameters sorted by key, key=value with no separator, then the secret.
signed_body() {
  local format=$1 sig
  sig=$(printf '%s' "api_key=${API_KEY}format=${format}method=auth.createTokenv=1.0${SECRET}" | md5sum | cut -d' ' -f1)
  echo "method=auth.createToken&api_key=${API_KEY}&format=${format}&v=1.0&sig=${sig}"
}
BODY_XML=$(signed_body xml)
BODY_JSON=$(signed_body json)

WORK=$(mktemp -d)
SERVER_PID=""
REDIS_PID=""
stop_pid() { # pid: TERM, then KILL after 10 s
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  [ -n "$SERVER_PID" ] && stop_pid "$SERVER_PID"
  [ -n "$REDIS_PID" ] && stop_pid "$REDIS_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() { # extra -D options...
  PORT=$(free_port)
  # shellcheck disable=SC2086
  java $JAVA_OPTS \
    -Dmicronaut.server.port="$PORT" -Dmicronaut.server.host="$HOST" \
    -Drestauth.bench.baseline=true \
    -Drestauth.apps.bench.api-key="$API_KEY" -Drestauth.apps.bench.secret="$SECRET" -Drestauth.apps.bench.type=desktop \
    -Drestauth.token.lifetime="$TOKEN_LIFETIME" \
    -Drestauth.token.max-live="$TOKEN_CAP" -Drestauth.token.max-live-per-app="$TOKEN_CAP" \
    -Drestauth.api.rate-limit.burst=1000000000 -Drestauth.api.rate-limit.per-second=1000000000 \
    -Drestauth.api.address-rate-limit.enabled=false \
    "$@" -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local i code
  for i in $(seq 1 600); do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server.log" >&2; fail "the server stopped during start"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$PORT/bench/baseline" || true)
    [ "$code" = 200 ] && return 0
    [ "$code" = 404 ] && fail "$JAR has no /bench/baseline: rebuild it (mvn -B -ntp -q -DskipTests -pl server-micronaut -am package)"
    sleep 0.1
  done
  fail "the server did not answer within 60 s"
}

stop_server() {
  stop_pid "$SERVER_PID"
  SERVER_PID=""
}

post() { # path body -> the answer's body
  curl -s --max-time 5 -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$2" "http://$HOST:$PORT$1"
}

check_token() { # format body: one call must answer a token, or the figures would be those of an error
  local answer
  answer=$(post /restserver.php "$2")
  case "$1" in
    xml) [[ "$answer" =~ \>[0-9a-f]{32}\</auth_createToken_response\>$ ]] ;;
    json) [[ "$answer" =~ ^\"[0-9a-f]{32}\"$ ]] ;;
  esac || fail "createToken ($1) did not answer a token: $answer"
}

answer_size() { # path body -> bytes of one whole answer (status line, headers, body), as wrk counts them
  curl -s -o /dev/null --max-time 5 -w '%{size_header} %{size_download}' -X POST \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$2" "http://$HOST:$PORT$1" | awk '{print $1 + $2}'
}

declare -A REQS DUR BYTES P50 P99 ERRS SOCK RUNS SIZE
wrk_run() { # label path body duration [measure]
  local label=$1 path=$2 body=$3 duration=$4 out line
  out=$(BENCH_PATH=$path BENCH_BODY=$body timeout $(( $(seconds "$duration") + 30 )) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 5s --latency -s "$LUA" "http://$HOST:$PORT") \
    || fail "wrk failed for $label: $out"
  [ "${5:-}" = measure ] || return 0
  line=$(grep '^RESULT ' <<<"$out") || fail "no RESULT line from wrk for $label: $out"
  local r_requests r_duration_us r_bytes r_p50_us r_p99_us r_status_errors r_socket_errors
  read -r _ r_requests r_duration_us r_bytes r_p50_us r_p99_us r_status_errors r_socket_errors \
    <<<"$(sed 's/[a-z0-9_]*=//g' <<<"$line")"
  REQS[$label]=$(( ${REQS[$label]:-0} + r_requests ))
  DUR[$label]=$(( ${DUR[$label]:-0} + r_duration_us ))
  BYTES[$label]=$(( ${BYTES[$label]:-0} + r_bytes ))
  P50[$label]=$(( ${P50[$label]:-0} + r_p50_us ))
  P99[$label]=$(( ${P99[$label]:-0} + r_p99_us ))
  ERRS[$label]=$(( ${ERRS[$label]:-0} + r_status_errors ))
  SOCK[$label]=$(( ${SOCK[$label]:-0} + r_socket_errors ))
  RUNS[$label]=$(( ${RUNS[$label]:-0} + 1 ))
}

rps() { awk -v r="${REQS[$1]}" -v d="${DUR[$1]}" 'BEGIN { printf "%.0f", r / (d / 1e6) }'; }
ms() { awk -v t="$2" -v n="${RUNS[$1]}" 'BEGIN { printf "%.2f", t / n / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# wrk's bytes per answer against one answer's size: an error body (a rate limit, a bad signature) differs.
answers() {
  awk -v b="${BYTES[$1]}" -v r="${REQS[$1]}" -v s="${SIZE[$1]}" \
    'BEGIN { a = b / r; if (a > s * 0.98 && a < s * 1.02) print "ok"; else printf "CHECK: %.0f B/answer, expected %d\n", a, s }'
}
row() { # label
  printf '| %-26s | %10s | %6s | %6s | %7s | %13s | %s |\n' "$1" "$(rps "$1")" "$(ms "$1" "${P50[$1]}")" \
    "$(ms "$1" "${P99[$1]}")" "${ERRS[$1]}" "${SOCK[$1]}" "$(answers "$1")"
}
table_header() {
  echo "| endpoint                   | requests/s | p50 ms | p99 ms | non-2xx | socket errors | answers |"
  echo "|----------------------------|-----------:|-------:|-------:|--------:|--------------:|---------|"
}
rss() { awk '/^VmRSS|^VmHWM/ { s = s sep $1 " " int($2 / 1024) " MB"; sep = "  " } END { print s }' "/proc/$SERVER_PID/status"; }

XML="createToken XML"
JSON="createToken JSON"
BASE="baseline"
FLOOR_XML="floor XML"
FLOOR_JSON="floor JSON"
declare -A PATH_OF=([$XML]=/restserver.php [$JSON]=/restserver.php [$BASE]=/bench/baseline
  [$FLOOR_XML]=/bench/floor/xml [$FLOOR_JSON]=/bench/floor/json)
declare -A BODY_OF=([$XML]=$BODY_XML [$JSON]=$BODY_JSON [$BASE]=$BODY_XML [$FLOOR_XML]=$BODY_XML [$FLOOR_JSON]=$BODY_JSON)

echo "restauth HTTP load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP each, $ROUNDS round(s)), server JAVA_OPTS=$JAVA_OPTS, token lifetime $TOKEN_LIFETIME"
echo "host: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_server
check_token xml "$BODY_XML"
check_token json "$BODY_JSON"
LABELS=("$XML" "$JSON" "$BASE" "$FLOOR_XML" "$FLOOR_JSON")
for label in "${LABELS[@]}"; do
  SIZE[$label]=$(answer_size "${PATH_OF[$label]}" "${BODY_OF[$label]}")
  wrk_run "$label" "${PATH_OF[$label]}" "${BODY_OF[$label]}" "$WARMUP"
done
order=("${LABELS[@]}")
for round in $(seq 1 "$ROUNDS"); do
  for label in "${order[@]}"; do
    wrk_run "$label" "${PATH_OF[$label]}" "${BODY_OF[$label]}" "$DURATION" measure
  done
  reversed=()
  for (( i = ${#order[@]} - 1; i >= 0; i-- )); do reversed+=("${order[i]}"); done
  order=("${reversed[@]}")
done
check_token xml "$BODY_XML"
MEMORY_RSS=$(rss)

echo
table_header
for label in "${LABELS[@]}"; do row "$label"; done
echo
for label in "$XML" "$JSON"; do
  r=$(ratio "$(rps "$label")" "$(rps "$BASE")")
  p=$(ratio "${P99[$label]}" "${P99[$BASE]}")
  verdict=$(awk -v r="$r" -v p="$p" 'BEGIN { print (r >= 0.9 && p <= 1.5) ? "target met" : "target MISSED" }')
  echo "$label / baseline: requests/s ${r}x (target >= 0.90), p99 ${p}x (target <= 1.50): $verdict"
done
# The floor: reading the call and sending the protocol's answer, no API work. floor / baseline is the most any
# implementation could reach here; createToken / floor is what restauth's own work costs.
for pair in "$FLOOR_XML:$XML" "$FLOOR_JSON:$JSON"; do
  floor=${pair%%:*} api=${pair#*:}
  echo "$floor / baseline: requests/s $(ratio "$(rps "$floor")" "$(rps "$BASE")")x (the ceiling of $api / baseline);" \
    "$api / $floor: $(ratio "$(rps "$api")" "$(rps "$floor")")x (the API's own work)"
done
echo "server memory after the run: $MEMORY_RSS"
if [ "$BUDGET" = 1 ]; then
  # What a fixed amount of work per call costs here: the baseline's answer after N ns of spinning on the event
  # loop, against busy/0 (the same route with no work), in the same server run.
  BUSY=()
  for ns in 0 1000 2000 4000; do
    label="busy $ns ns"
    BUSY+=("$label")
    PATH_OF[$label]=/bench/baseline/busy/$ns
    SIZE[$label]=$(answer_size "${PATH_OF[$label]}" "$BODY_XML")
    wrk_run "$label" "${PATH_OF[$label]}" "$BODY_XML" 5s
  done
  for round in $(seq 1 "$ROUNDS"); do
    for label in "${BUSY[@]}"; do
      wrk_run "$label" "${PATH_OF[$label]}" "$BODY_XML" "$DURATION" measure
    done
  done
  echo
  table_header
  for label in "${BUSY[@]}"; do row "$label"; done
  for label in "${BUSY[@]:1}"; do
    echo "$label / busy 0 ns: requests/s $(ratio "$(rps "$label")" "$(rps "busy 0 ns")")x"
  done
fi
stop_server

if ! command -v redis-server >/dev/null; then
  echo "redis: redis-server not installed, Redis store not measured"
  exit 0
fi
REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
  --dir "$WORK" >"$WORK/redis.log" 2>&1 &
REDIS_PID=$!
for i in $(seq 1 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
start_server -Drestauth.store=redis -Drestauth.redis.uri="redis://127.0.0.1:$REDIS_PORT"
for i in 1 2 3 4 5; do check_token xml "$BODY_XML"; done
if [ "$(redis-cli -p "$REDIS_PORT" dbsize)" -eq 0 ]; then
  echo "redis: redis store not wired in this build (restauth.store=redis ignored: Redis still empty after 5 createToken calls)"
  exit 0
fi
REDIS="createToken XML, redis"
SIZE[$REDIS]=${SIZE[$XML]}
wrk_run "$REDIS" /restserver.php "$BODY_XML" "$WARMUP"
for round in $(seq 1 "$ROUNDS"); do
  wrk_run "$REDIS" /restserver.php "$BODY_XML" "$DURATION" measure
done
check_token xml "$BODY_XML"
echo
table_header
row "$REDIS"
echo "redis / in-memory (createToken XML): requests/s $(ratio "$(rps "$REDIS")" "$(rps "$XML")")x," \
  "p99 $(ratio "$(( P99[$REDIS] * RUNS[$XML] ))" "$(( P99[$XML] * RUNS[$REDIS] ))")x (separate server runs)"
echo "server memory after the run: $(rss); redis keys: $(redis-cli -p "$REDIS_PORT" dbsize)"
