#!/usr/bin/env bash
# JFR of createToken XML on one jar (bench/README.md, "Profile of createToken XML"); then
#   jfr print --events jdk.ExecutionSample --stack-depth 200 OUT.jfr > out.txt && python3 bench/profile/top-frames.py out.txt
# The server (memory store) on 127.0.0.1:18181, wrk 15 s warm-up, then 20 s recorded.
# Usage: bench/profile/createtoken-jfr.sh JAR OUT.jfr
set -euo pipefail
JAR=$1; OUT=$2
API_KEY=bench0123456789abcdef0123456789a; SECRET=benchsecretbenchsecretbenchsecr0
PORT=18181
sig=$(printf '%s' "api_key=${API_KEY}format=xmlmethod=auth.createTokenv=1.0${SECRET}" | md5sum | cut -d' ' -f1)
BODY="method=auth.createToken&api_key=${API_KEY}&format=xml&v=1.0&sig=${sig}"
java -Xmx1g -Dmicronaut.server.port=$PORT -Dmicronaut.server.host=127.0.0.1 -Drestauth.store=memory \
  -Drestauth.apps.bench.api-key=$API_KEY -Drestauth.apps.bench.secret=$SECRET -Drestauth.apps.bench.type=desktop \
  -Drestauth.token.lifetime=20s -Drestauth.token.max-live=10000000 -Drestauth.token.max-live-per-app=10000000 \
  -Drestauth.api.rate-limit.burst=1000000000 -Drestauth.api.rate-limit.per-second=1000000000 \
  -Drestauth.api.address-rate-limit.enabled=false -jar "$JAR" > /tmp/prof-server.log 2>&1 &
PID=$!
for i in $(seq 1 300); do curl -s -o /dev/null http://127.0.0.1:$PORT/health/liveness && break; sleep 0.2; done
curl -s -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$BODY" http://127.0.0.1:$PORT/restserver.php | tail -c 80; echo
BENCH_PATH=/restserver.php BENCH_BODY=$BODY wrk -t2 -c64 -d15s -s "$(dirname "$0")/../post.lua" http://127.0.0.1:$PORT >/dev/null
jcmd $PID JFR.start name=p settings=profile filename=$OUT >/dev/null
BENCH_PATH=/restserver.php BENCH_BODY=$BODY wrk -t2 -c64 -d20s -s "$(dirname "$0")/../post.lua" http://127.0.0.1:$PORT | grep -E "Requests/sec|RESULT" || true
jcmd $PID JFR.stop name=p >/dev/null
kill $PID; wait $PID 2>/dev/null || true
