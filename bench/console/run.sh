#!/usr/bin/env bash
# The console benchmark: the users page of a tenant with 1,000,000 users and the tenants page of a
# platform with 10,000 tenants, timed over HTTP as a signed-in platform admin. See README.md.
#
#   mvn -B -DskipTests package                  # builds ear/target/portcullis-micro.jar
#   bench/console/run.sh [all|setup|measure]
#
# setup: the directory benchmark's data set (bench/directory/run.sh h2 setup) with 10,000 tenants
# (BENCH_TENANTS) of 10 users each (BENCH_SMALL_USERS) besides `big` (1,000,000 users), and a known
# password for the bootstrap admin; measure: starts the platform on that data and runs
# ConsoleBench.java. Everything on 127.0.0.1, port BENCH_PORT (48500); the platform is stopped on
# exit.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STAGE=${1:-all}
PORT=${BENCH_PORT:-48500}
REQUESTS=${BENCH_REQUESTS:-100}
WORK=${BENCH_WORK:-$HERE/target}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

if [[ $STAGE != measure ]]; then
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n' | sed 's/^/console-bench-/' > "$WORK/admin-password"
  PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD=$(cat "$WORK/admin-password") \
    BENCH_WORK=$WORK BENCH_PORT=$PORT BENCH_TENANTS=${BENCH_TENANTS:-10000} \
    BENCH_SMALL_USERS=${BENCH_SMALL_USERS:-10} BENCH_BASELINE=0 \
    "$ROOT/bench/directory/run.sh" h2 setup
fi
[[ $STAGE == setup ]] && exit 0

PASSWORD=$(cat "$WORK/admin-password")
rm -rf "$WORK/console-classes" "$WORK/micro-root"
mkdir -p "$WORK/console-classes"
"$JAVAC" -d "$WORK/console-classes" "$HERE/ConsoleBench.java"
cp "$ROOT/ear/target/portcullis-micro.jar" "$WORK/portcullis-micro.jar"

PLATFORM_PID=
cleanup() {
  if [[ -n $PLATFORM_PID ]] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    kill "$PLATFORM_PID"; wait "$PLATFORM_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

started=$SECONDS
PORTCULLIS_DATA_DIR="$WORK/data-h2" "$JAVA" -Xmx2g -jar "$WORK/portcullis-micro.jar" --port "$PORT" \
  --nocluster --rootdir "$WORK/micro-root" \
  --prebootcommandfile "$ROOT/bench/directory/preboot-loopback.txt" >> "$WORK/platform-console.log" 2>&1 &
PLATFORM_PID=$!
until curl -fs -o /dev/null "$BASE/health/ready"; do
  kill -0 "$PLATFORM_PID" 2>/dev/null || { echo "platform died: $WORK/platform-console.log" >&2; exit 1; }
  (( SECONDS - started < 400 )) || { echo "platform not ready in 400 s" >&2; exit 1; }
  sleep 2
done
RESULTS=$WORK/results-console.txt
{
  echo "== $(date -u +%FT%TZ) h2 on $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
  echo "== platform ready in $(( SECONDS - started )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$RESULTS"
"$JAVA" -cp "$WORK/console-classes" ConsoleBench "$BASE" admin "$PASSWORD" big "$REQUESTS" \
  "olivia.smi" "small05" 2>&1 | tee -a "$RESULTS"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"
