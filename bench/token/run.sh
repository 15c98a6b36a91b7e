#!/usr/bin/env bash
# The token endpoint benchmark: client_credentials and refresh_token over HTTP/1.1 keep-alive on
# loopback, next to the raw ES256 signing ceiling (bench/signing) measured in the same run.
# See README.md.
#
#   mvn -B -o -DskipTests package                    # ear/target/portcullis-micro.jar
#   mvn -B -f bench/signing/pom.xml package          # bench/signing/target/signing-benchmarks.jar
#   bench/token/run.sh                               # ~14 minutes, ~10 of them measuring
#
# Environment (defaults): BENCH_PORT (48600), BENCH_PLATFORM_WARMUP seconds of each grant at
# concurrency 8 before anything is measured (40), BENCH_WARMUP seconds per case (25), BENCH_SECONDS
# measured per case (60), BENCH_MAX_REQUESTS per phase (1000000), BENCH_CONCURRENCY ("4 32"),
# BENCH_USERS refresh chains (32, at least the highest concurrency), BENCH_PROFILE=1 to record
# 60 s of JFR under client_credentials at the highest concurrency (0: no), BENCH_LOCK
# (/tmp/bench-measuring: waited for, then held while measuring, so that two benches on the
# shared machine do not measure each other), BENCH_JMH_ARGS (more JMH options), JAVA, JAVAC.
#
# Everything stays on 127.0.0.1: a fresh platform on an empty H2 database in bench/token/target/,
# stopped on exit.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=${BENCH_PORT:-48600}
WARMUP=${BENCH_WARMUP:-25}
PLATFORM_WARMUP=${BENCH_PLATFORM_WARMUP:-40}
SECONDS_PER_CASE=${BENCH_SECONDS:-60}
MAX_REQUESTS=${BENCH_MAX_REQUESTS:-1000000}
CONCURRENCY=${BENCH_CONCURRENCY:-4 32}
USERS=${BENCH_USERS:-32}
PROFILE=${BENCH_PROFILE:-1}
LOCK=${BENCH_LOCK:-/tmp/bench-measuring}
WORK=${BENCH_WORK:-$HERE/target}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
JCMD=${JCMD:-$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd}
BUILT_JAR=$ROOT/ear/target/portcullis-micro.jar
SIGNING_JAR=$ROOT/bench/signing/target/signing-benchmarks.jar
JAR=$WORK/portcullis-micro.jar # a copy: a rebuild during the run must not pull the jar away
BASE=http://127.0.0.1:$PORT
TENANT=tokenbench
JMH_ARGS=${BENCH_JMH_ARGS:-} # e.g. "-wi 1 -i 1" for a quick try

for f in "$BUILT_JAR" "$SIGNING_JAR"; do
  [[ -f $f ]] || { echo "missing $f: see the top of $0" >&2; exit 1; }
done
for c in $CONCURRENCY; do
  (( c <= USERS )) || { echo "BENCH_USERS ($USERS) < concurrency $c" >&2; exit 2; }
done

rm -rf "$WORK/data" "$WORK/micro-root" "$WORK/classes"
mkdir -p "$WORK/classes"
cp "$BUILT_JAR" "$JAR"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$WORK/results-$STAMP.txt
STATE=$WORK/state.properties
SECRET=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
"$JAVAC" -d "$WORK/classes" "$HERE/TokenBench.java" "$HERE/JfrReport.java"

say() { echo "== $*" | tee -a "$RESULTS"; }
tb() { "$JAVA" -cp "$WORK/classes" TokenBench "$@"; }

PLATFORM_PID=
HOLDING=
cleanup() {
  [[ -n $HOLDING ]] && rm -f "$LOCK"
  if [[ -n $PLATFORM_PID ]] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    kill "$PLATFORM_PID"; wait "$PLATFORM_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK/micro-root"
}
trap cleanup EXIT

say "$STAMP on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
say "platform jar built $(date -u -r "$BUILT_JAR" +%FT%TZ); checkout at $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- ejb web ear 2>/dev/null || echo ' + local changes')"

# 1. A fresh platform, a tenant, two clients, the users and one refresh chain per user.
started=$SECONDS
PORTCULLIS_DATA_DIR="$WORK/data" PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET="$SECRET" \
  "$JAVA" -Xmx2g -jar "$JAR" --port "$PORT" --nocluster --rootdir "$WORK/micro-root" \
  --prebootcommandfile "$ROOT/bench/directory/preboot-loopback.txt" > "$WORK/platform.log" 2>&1 &
PLATFORM_PID=$!
until curl -fs -o /dev/null "$BASE/health/ready"; do
  kill -0 "$PLATFORM_PID" 2>/dev/null || { echo "platform died: $WORK/platform.log" >&2; exit 1; }
  (( SECONDS - started < 400 )) || { echo "platform not ready in 400 s" >&2; exit 1; }
  sleep 2
done
say "platform ready in $(( SECONDS - started )) s (pid $PLATFORM_PID)"
tb setup "$BASE" "$SECRET" "$TENANT" "$USERS" "$STATE" | tee -a "$RESULTS"

# 2. Wait for the shared machine's measuring lock, then hold it while measuring.
waited=0
while [[ -e $LOCK ]]; do
  (( waited < 1200 )) || { echo "$LOCK still there after 20 minutes: giving up" >&2; exit 3; }
  (( waited % 300 == 0 )) && echo "waiting for $LOCK ($(cat "$LOCK" 2>/dev/null || true))" >&2
  sleep 30; waited=$(( waited + 30 ))
done
if ! ( set -o noclobber; echo "token bench, pid $$, since $(date -u +%FT%TZ)" > "$LOCK" ) 2>/dev/null; then
  echo "lost the race for $LOCK: run again" >&2; exit 3
fi
HOLDING=1
lock_at=$SECONDS
say "holding $LOCK (waited ${waited} s); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

signing() {
  # The ceiling: raw ES256 signing, 2 threads (JMH, its own JVM), the platform idle meanwhile.
  local out
  out=$("$JAVA" -jar "$SIGNING_JAR" -p algorithm=ES256 $JMH_ARGS 2>&1)
  echo "$out" > "$WORK/jmh-$1-$STAMP.txt"
  # "... ES256  thrpt  5  1754.123 ± 1065.123  ops/s" (no error column with one iteration)
  echo "$out" | awk '/^AccessTokenSigningBenchmark.signAccessToken/ {
    for (i = 1; i <= NF; i++) if ($i == "ops/s") u = i
    if ($(u - 2) == "±") print $(u - 3), $(u - 1); else print $(u - 1), "?" }'
}

# The platform's JIT: a fresh Payara needs more than one case's warm-up before its CPU per request
# settles (the first case measured cold at 2.5 times the CPU per token), so both grants run first,
# unreported but for their counts.
say "platform warm-up: $(tb load "$BASE" "$STATE" client_credentials 8 5 "$PLATFORM_WARMUP" "$MAX_REQUESTS" | cut -d'|' -f2)"
say "platform warm-up: $(tb load "$BASE" "$STATE" refresh_token 8 5 "$PLATFORM_WARMUP" "$MAX_REQUESTS" | cut -d'|' -f2)"
read -r ES_BEFORE ES_BEFORE_ERR < <(signing before)
say "ES256 signing (JMH, 2 threads), before: $ES_BEFORE ± $ES_BEFORE_ERR ops/s; load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A RATE
for grant in client_credentials refresh_token; do
  for c in $CONCURRENCY; do
    line=$(tb load "$BASE" "$STATE" "$grant" "$c" "$WARMUP" "$SECONDS_PER_CASE" "$MAX_REQUESTS" "$PLATFORM_PID")
    echo "$line" | tee -a "$RESULTS"
    RATE[$grant-$c]=$(echo "$line" | sed -n 's/.* \([0-9]*\) req\/s.*/\1/p')
  done
done
read -r ES_AFTER ES_AFTER_ERR < <(signing after)
say "ES256 signing (JMH, 2 threads), after: $ES_AFTER ± $ES_AFTER_ERR ops/s; load $(cut -d' ' -f1-3 /proc/loadavg)"
ES_MEAN=$(awk -v a="$ES_BEFORE" -v b="$ES_AFTER" 'BEGIN {printf "%.0f", (a + b) / 2}')
for key in "${!RATE[@]}"; do
  say "$(printf '%-22s %6s req/s = %5.1f %% of ES256 signing (%s ops/s, mean of before and after)' \
    "$key" "${RATE[$key]}" "$(awk -v r="${RATE[$key]}" -v s="$ES_MEAN" 'BEGIN {print 100 * r / s}')" "$ES_MEAN")"
done | sort

# 3. Optionally, where the time goes: JFR under client_credentials at the highest concurrency.
if [[ $PROFILE == 1 ]]; then
  top=$(echo "$CONCURRENCY" | tr ' ' '\n' | sort -n | tail -1)
  JFR=$WORK/client-credentials-$top-$STAMP.jfr
  tb load "$BASE" "$STATE" client_credentials "$top" 15 60 "$MAX_REQUESTS" "$PLATFORM_PID" \
    > "$WORK/profiled-$STAMP.txt" &
  load_pid=$!
  sleep 15
  # settings=default (execution samples every 20 ms): settings=profile cost the platform 8 times
  # its throughput here, so that what it sampled was mostly the recorder's own overhead.
  "$JCMD" "$PLATFORM_PID" JFR.start name=tokenbench settings=default duration=60s filename="$JFR" >/dev/null
  wait "$load_pid"
  sleep 3
  say "under JFR (settings=default): $(cat "$WORK/profiled-$STAMP.txt")"
fi
rm -f "$LOCK"; HOLDING=
say "released $LOCK after $(( SECONDS - lock_at )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $PROFILE == 1 ]]; then
  for i in $(seq 1 20); do [[ -s $JFR ]] && break; sleep 1; done
  "$JAVA" -cp "$WORK/classes" JfrReport "$JFR" 25 > "$WORK/profile-$STAMP.txt"
  sed -n 1,40p "$WORK/profile-$STAMP.txt"
  echo "profile: $WORK/profile-$STAMP.txt (recording $JFR)"
fi
echo "results: $RESULTS"
