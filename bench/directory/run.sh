#!/usr/bin/env bash
# The directory benchmark: 1,000,000 users in one tenant and 1,000 tenants of 100 users, then SCIM
# lookups, searches, a sorted first page and user creation over HTTP. See README.md.
#
#   mvn -B -DskipTests package                        # builds ear/target/portcullis-micro.jar
#   bench/directory/run.sh [h2|postgres] [all|setup|measure|baseline]
#
# setup: a fresh database, tenants through the admin API, users loaded by SQL (Load.java);
# measure: starts the platform on that database and measures (Bench.java); all: both (default);
# baseline: only the lookup in a 100-user tenant of a platform with three tenants (use another
# BENCH_WORK, it starts from an empty database). BENCH_BASELINE=0 skips that lookup in setup.
# The data stays in bench/directory/target/ between the two (PostgreSQL: the cluster's files in
# target/pg, started and stopped by this script).
#
# BENCH_EQ_WARMUP (3000): lookups in the small tenants and in big before anything is measured.
#
# Everything stays on 127.0.0.1; the platform listens on BENCH_PORT (48500) and a PostgreSQL run
# starts a throwaway cluster on BENCH_PG_PORT (48590). Both are stopped on exit.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${1:-h2}
STAGE=${2:-all}
PORT=${BENCH_PORT:-48500}
PG_PORT=${BENCH_PG_PORT:-48590}
USERS=${BENCH_USERS:-1000000}
TENANTS=${BENCH_TENANTS:-1000}
SMALL_USERS=${BENCH_SMALL_USERS:-100}
EQ_REQUESTS=${BENCH_EQ_REQUESTS:-5000}
WORK=${BENCH_WORK:-$HERE/target}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
M2=${M2_REPO:-$HOME/.m2/repository}
BUILT_JAR=$ROOT/ear/target/portcullis-micro.jar
JAR=$WORK/portcullis-micro.jar # a copy: a rebuild during the run must not pull the jar away
BASE=http://127.0.0.1:$PORT

version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
H2_JAR=$M2/com/h2database/h2/$(version h2.version)/h2-$(version h2.version).jar
PG_JAR=$M2/org/postgresql/postgresql/$(version postgresql.version)/postgresql-$(version postgresql.version).jar
for f in "$BUILT_JAR" "$H2_JAR" "$PG_JAR"; do
  [[ -f $f ]] || { echo "missing $f: run 'mvn -B -DskipTests package' first" >&2; exit 1; }
done

mkdir -p "$WORK"
if [[ $STAGE != measure ]]; then
  rm -rf "$WORK/data-$DB"
  # The bootstrap admin client's secret: set on the first start only, kept for 'measure'.
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n' | sed 's/^/bench-/' > "$WORK/secret-$DB"
fi
SECRET=$(cat "$WORK/secret-$DB")
rm -rf "$WORK/micro-root" "$WORK/classes"
mkdir -p "$WORK/classes"
cp "$BUILT_JAR" "$JAR"
RESULTS=$WORK/results-$DB.txt
[[ $STAGE == measure ]] || : > "$RESULTS"
"$JAVAC" -q -d "$WORK/classes" "$HERE/Load.java" "$HERE/Bench.java" 2>/dev/null \
  || "$JAVAC" -d "$WORK/classes" "$HERE/Load.java" "$HERE/Bench.java"
CP=$WORK/classes:$H2_JAR:$PG_JAR

say() { echo "== $*" | tee -a "$RESULTS"; }
bench() { "$JAVA" -cp "$CP" Bench "$1" "$BASE" "$SECRET" "${@:2}" 2>&1 | tee -a "$RESULTS" || say "$1 ${*:2}: failed"; }

# A measuring phase asks for a quiet machine: it waits while another bench holds $QUIET_FLAG (up to
# 15 minutes), then writes its own $QUIET_FLAG (other builds and benches on this machine wait
# while it exists), waits up to 10 minutes for the 1-minute load average to fall under 1.5, then
# measures anyway, and removes its flag at the end of the phase (each phase is a few minutes).
QUIET_FLAG=${BENCH_QUIET_FLAG:-/tmp/bench-measuring}
QUIET_MINE="directory bench, pid $$"
mine() { [[ -f $QUIET_FLAG ]] && grep -q "^$QUIET_MINE," "$QUIET_FLAG"; }
quiet() {
  local waited=$SECONDS
  while [[ -f $QUIET_FLAG ]] && ! mine && (( SECONDS - waited < 900 )); do sleep 5; done
  echo "$QUIET_MINE, since $(date -u +%FT%TZ)" > "$QUIET_FLAG"
  local flagged=$SECONDS
  while (( SECONDS - flagged < 600 )) && awk '{exit !($1 >= 1.5)}' /proc/loadavg; do sleep 5; done
  say "measuring: load average $(cut -d' ' -f1-3 /proc/loadavg) after waiting $(( SECONDS - waited )) s"
}
loud() {
  mine && rm -f "$QUIET_FLAG"
  say "measured: load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

PLATFORM_PID=
PG_ROOT=
cleanup() {
  if mine; then rm -f "$QUIET_FLAG"; fi
  if [[ -n $PLATFORM_PID ]] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    kill "$PLATFORM_PID"; wait "$PLATFORM_PID" 2>/dev/null || true
  fi
  if [[ -n $PG_ROOT ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

DB_ENV=(PORTCULLIS_DATA_DIR="$WORK/data-$DB")
if [[ $DB == postgres ]]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_ROOT=$WORK/pg
  if [[ $STAGE != measure ]]; then
    rm -rf "$PG_ROOT"; mkdir -p "$PG_ROOT"; chown postgres "$PG_ROOT"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres --auth=trust >/dev/null
  fi
  [[ -d $PG_ROOT/data ]] || { echo "no cluster in $PG_ROOT: run 'setup' first" >&2; exit 1; }
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_ROOT -c shared_buffers=512MB" \
    start >/dev/null
  if [[ $STAGE != measure ]]; then
    runuser -u postgres -- "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
      -c "CREATE USER portcullis" -c "CREATE DATABASE portcullis OWNER portcullis"
  fi
  PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/portcullis
  DB_ENV+=(PORTCULLIS_DB_URL="$PG_URL" PORTCULLIS_DB_USER=portcullis PORTCULLIS_DB_PASSWORD=unused)
fi

start_platform() {
  local started=$SECONDS
  env "${DB_ENV[@]}" PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET="$SECRET" \
    "$JAVA" -Xmx2g -jar "$JAR" --port "$PORT" --nocluster --rootdir "$WORK/micro-root" \
    --prebootcommandfile "$HERE/preboot-loopback.txt" >> "$WORK/platform-$DB.log" 2>&1 &
  PLATFORM_PID=$!
  until curl -fs -o /dev/null "$BASE/health/ready"; do
    kill -0 "$PLATFORM_PID" 2>/dev/null || { echo "platform died: $WORK/platform-$DB.log" >&2; exit 1; }
    (( SECONDS - started < 400 )) || { echo "platform not ready in 400 s" >&2; exit 1; }
    sleep 2
  done
  say "platform ready in $(( SECONDS - started )) s"
}

stop_platform() {
  kill "$PLATFORM_PID"; wait "$PLATFORM_PID" 2>/dev/null || true
  PLATFORM_PID=
  rm -rf "$WORK/micro-root"
}

say "$(date -u +%FT%TZ) $DB on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $STAGE != measure ]]; then
# 1. An empty platform: two tenants, and a baseline lookup in a small tenant.
start_platform
bench tenants big small0000
bench create small0000 0 "$SMALL_USERS" 4
if [[ ${BENCH_BASELINE:-1} == 1 ]]; then # BENCH_BASELINE=0: no baseline (set up data only)
  quiet
  bench eq small0000 "$SMALL_USERS" 2000
  loud
fi
[[ $STAGE == baseline ]] && exit 0
# 2. The other small tenants through the admin API (keys, audit chain), then the users by SQL.
bench tenants "small:1:$TENANTS"
stop_platform
say "load"
if [[ $DB == postgres ]]; then
  "$JAVA" -cp "$CP" Load "$PG_URL" portcullis unused "like:small%=$SMALL_USERS" "big=$USERS" | tee -a "$RESULTS"
else
  # A cache large enough for the indexes: with H2's default 16 MB, random-key inserts thrash.
  "$JAVA" -Xmx6g -cp "$CP" Load "jdbc:h2:file:$WORK/data-$DB/portcullis;CACHE_SIZE=3145728" "" "" \
    "like:small%=$SMALL_USERS" "big=$USERS" | tee -a "$RESULTS"
  say "H2 file: $(du -h "$WORK/data-$DB/portcullis.mv.db" | cut -f1)"
fi
fi
[[ $STAGE == setup ]] && exit 0
# 3. Measure.
start_platform
# Warm-up, not measured: the JIT of a fresh platform, and every tenant's caches once. 200 lookups
# were too few: the first case measured (big) then paid for the compiler, and looked twice as slow
# as the small tenants measured after it (see README, "Why big looked slower").
WARMUP=${BENCH_EQ_WARMUP:-3000}
say "warm-up (not measured):"
bench eq "small:0:$TENANTS" "$SMALL_USERS" "$WARMUP"
bench eq big "$USERS" "$WARMUP"
PHASES=${BENCH_PHASES:-eq pages} # BENCH_PHASES=eq: only the lookups
if [[ $PHASES == *eq* ]]; then
quiet
bench eq big "$USERS" "$EQ_REQUESTS"
bench eq big "$USERS" "$EQ_REQUESTS" 2
bench eq small0000 "$SMALL_USERS" 2000
bench eq "small:0:$TENANTS" "$SMALL_USERS" "$EQ_REQUESTS"
loud
fi
if [[ $PHASES == *pages* ]]; then
quiet
bench sorted big 200
bench sorted small0000 200
bench co big 100
FRESH=$(( $(date +%s) % 100000 * 10000 )) # new userNames on every run
bench create big $(( USERS + FRESH )) 2000 4
bench create small0001 $(( SMALL_USERS + FRESH )) 500 4
loud
fi
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $RESULTS"
