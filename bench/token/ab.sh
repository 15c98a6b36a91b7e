#!/usr/bin/env bash
# Two builds of the platform side by side, measured in alternation under the same machine state:
# does a change make the token endpoint faster? See README.md.
#
#   bench/token/ab.sh A.jar B.jar [ROUNDS (3)] [GRANT (client_credentials)] [CONCURRENCY (32)]
#
# Both platforms run at once (A on BENCH_PORT, default 48600; B on the next port), each on its own
# empty H2 database, each set up as run.sh does. Under the /tmp/bench-measuring lock: 40 s of
# warm-up each, then ROUNDS × (A, B), each 10 s warm-up and 30 s measured; the idle one waits.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
A_JAR=$(readlink -f "$1"); B_JAR=$(readlink -f "$2")
ROUNDS=${3:-3}
GRANT=${4:-client_credentials}
C=${5:-32}
PORT=${BENCH_PORT:-48600}
LOCK=${BENCH_LOCK:-/tmp/bench-measuring}
WORK=${BENCH_WORK:-$HERE/target/ab}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$WORK/ab-$STAMP.txt

rm -rf "$WORK/A" "$WORK/B" "$WORK/classes"
mkdir -p "$WORK/A" "$WORK/B" "$WORK/classes"
cp "$A_JAR" "$WORK/A/portcullis-micro.jar"
cp "$B_JAR" "$WORK/B/portcullis-micro.jar"
"$JAVAC" -d "$WORK/classes" "$HERE/TokenBench.java"
say() { echo "== $*" | tee -a "$RESULTS"; }
tb() { "$JAVA" -cp "$WORK/classes" TokenBench "$@"; }

declare -A PID BASE
HOLDING=
cleanup() {
  [[ -n $HOLDING ]] && rm -f "$LOCK"
  for v in A B; do
    if [[ -n ${PID[$v]:-} ]] && kill -0 "${PID[$v]}" 2>/dev/null; then
      kill "${PID[$v]}"; wait "${PID[$v]}" 2>/dev/null || true
    fi
    rm -rf "$WORK/$v/micro-root"
  done
}
trap cleanup EXIT

say "$STAMP A=$A_JAR ($(date -u -r "$A_JAR" +%FT%TZ)) B=$B_JAR ($(date -u -r "$B_JAR" +%FT%TZ)) $GRANT c=$C"
SECRET=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
port=$PORT
for v in A B; do
  BASE[$v]=http://127.0.0.1:$port
  PORTCULLIS_DATA_DIR="$WORK/$v/data" PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET="$SECRET" \
    "$JAVA" -Xmx2g -jar "$WORK/$v/portcullis-micro.jar" --port "$port" --nocluster \
    --rootdir "$WORK/$v/micro-root" --prebootcommandfile "$ROOT/bench/directory/preboot-loopback.txt" \
    > "$WORK/$v/platform.log" 2>&1 &
  PID[$v]=$!
  port=$(( port + 1 ))
  until curl -fs -o /dev/null "${BASE[$v]}/health/ready"; do
    kill -0 "${PID[$v]}" 2>/dev/null || { echo "platform $v died: $WORK/$v/platform.log" >&2; exit 1; }
    sleep 2
  done
  tb setup "${BASE[$v]}" "$SECRET" tokenbench "$C" "$WORK/$v/state.properties" | sed "s/^/$v: /"
done

waited=0
while [[ -e $LOCK ]]; do
  (( waited < 1200 )) || { echo "$LOCK still there after 20 minutes: giving up" >&2; exit 3; }
  sleep 30; waited=$(( waited + 30 ))
done
( set -o noclobber; echo "token bench A/B, pid $$, since $(date -u +%FT%TZ)" > "$LOCK" ) 2>/dev/null \
  || { echo "lost the race for $LOCK" >&2; exit 3; }
HOLDING=1
say "holding $LOCK (waited $waited s); load $(cut -d' ' -f1-3 /proc/loadavg)"
for v in A B; do
  tb load "${BASE[$v]}" "$WORK/$v/state.properties" "$GRANT" 8 5 40 1000000 > /dev/null
done
for r in $(seq 1 "$ROUNDS"); do
  for v in A B; do
    echo "$v round $r: $(tb load "${BASE[$v]}" "$WORK/$v/state.properties" "$GRANT" "$C" 10 30 1000000 "${PID[$v]}")" \
      | tee -a "$RESULTS"
  done
done
rm -f "$LOCK"; HOLDING=
say "released $LOCK; load $(cut -d' ' -f1-3 /proc/loadavg)"
for v in A B; do
  grep "^$v round" "$RESULTS" | sed 's/.* \([0-9]*\) req\/s.*(\([0-9.]*\) ms CPU\/req.*/\1 \2/' \
    | awk -v v="$v" '{r += $1; c += $2; n++} END {printf "== %s: mean %.0f req/s, %.2f ms platform CPU per request over %d rounds\n", v, r / n, c / n, n}' \
    | tee -a "$RESULTS"
done
echo "results: $RESULTS"
