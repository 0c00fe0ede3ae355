#!/usr/bin/env bash
# Benchmark of the public trace page (GS1 Digital Link path /01/{gtin}/10/{lot}) over 100,000 batches.
# Needs: a PostgreSQL database it may wipe (BENCH_DB, default langso_issue7 on 127.0.0.1:5432, user
# postgres, trust; created when missing), wrk (apt-get install wrk), JAVA_HOME with Java 25.
# Usage: bench/economy-trace.sh [duration=30s] [connections=32] [batches=100000] [cache=256MB]
# Prints requests/s and latency percentiles (p99 included) from wrk and the trace-page cache's hits/misses.
# BENCH_SKIP_BUILD=1 reuses target/langso-*.jar. Pages are kept for an hour (time-to-live), so the slow
# cold warm-up pass cannot expire before the measured run.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-langso_issue7}
PORT=${BENCH_PORT:-8107}
DURATION=${1:-30s}
CONNECTIONS=${2:-32}
BATCHES=${3:-100000}
CACHE=${4:-256MB}
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"

psql -q -h 127.0.0.1 -U postgres -d postgres -tc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $DB"
echo "== wiping database $DB"
$PSQL -c "set client_min_messages = warning; drop schema public cascade; create schema public;"
echo "== building the jar"
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -o -DskipTests package
JAR=$(ls target/langso-*.jar | grep -v original | head -1)
echo "== starting $JAR on port $PORT (PostgreSQL, no demo data)"
"${JAVA_HOME:-/usr}/bin/java" -Xmx1g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --langso.demo-data=false --langso.economy.trace-cache.max-size="$CACHE" --langso.economy.trace-cache.time-to-live=PT1H --logging.level.root=WARN > /tmp/langso-bench-economy.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then break; fi
  kill -0 $APP 2>/dev/null || { echo "the application did not start:"; tail -20 /tmp/langso-bench-economy.log; exit 1; }
  sleep 1
done
echo "== seeding $BATCHES batches and twice as many events"
time $PSQL -v batches="$BATCHES" -f bench/economy-trace-seed.sql
curl -fs -o /dev/null -w "first trace page: HTTP %{http_code}, %{time_total}s\n" "http://127.0.0.1:$PORT/01/02900001000017/10/B000001"
echo "== warm-up: every trace page once (bench/TraceWarm.java), then 10s of random scans"
"${JAVA_HOME:-/usr}/bin/java" bench/TraceWarm.java "http://127.0.0.1:$PORT" "$BATCHES" "$CONNECTIONS"
BENCH_BATCHES=$BATCHES wrk -t2 -c"$CONNECTIONS" -d10s -s bench/trace-paths.lua "http://127.0.0.1:$PORT" > /dev/null
metric() { curl -fs "http://127.0.0.1:$PORT/actuator/metrics/langso.economy.trace.cache.$1" | sed -E 's/.*"value":([0-9.E+]+).*/\1/'; }
echo "cache after warm-up: $(metric pages) pages, $(metric bytes) bytes, $(metric hits) hits, $(metric misses) misses"
echo "== measured run: $DURATION, $CONNECTIONS connections, 2 threads"
BENCH_BATCHES=$BATCHES wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/trace-paths.lua "http://127.0.0.1:$PORT"
echo "cache after the run: $(metric pages) pages, $(metric bytes) bytes, $(metric hits) hits, $(metric misses) misses"
