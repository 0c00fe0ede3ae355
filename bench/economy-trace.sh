#!/usr/bin/env bash
# Benchmark of the public trace page (GS1 Digital Link path /01/{gtin}/10/{lot}) over 100,000 batches.
# Needs: a PostgreSQL database it may wipe (BENCH_DB, default langso_test_issue7 on 127.0.0.1:5432, user
# postgres, trust), wrk (apt-get install wrk), JAVA_HOME with Java 21+. Prints requests/s and latency
# percentiles (p99 included) from wrk. Usage: bench/economy-trace.sh [duration=30s] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-langso_test_issue7}
PORT=${BENCH_PORT:-8107}
DURATION=${1:-30s}
CONNECTIONS=${2:-32}
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"

echo "== wiping database $DB"
$PSQL -c "set client_min_messages = warning; drop schema public cascade; create schema public;"
echo "== building the jar"
./mvnw -q -B -o -DskipTests package
JAR=$(ls target/langso-*.jar | grep -v original | head -1)
echo "== starting $JAR on port $PORT (PostgreSQL, no demo data)"
"${JAVA_HOME:-/usr}/bin/java" -Xmx1g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --logging.level.root=WARN > /tmp/langso-bench-economy.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then break; fi
  kill -0 $APP 2>/dev/null || { echo "the application did not start:"; tail -20 /tmp/langso-bench-economy.log; exit 1; }
  sleep 1
done
echo "== seeding 100,000 batches and 200,000 events"
time $PSQL -f bench/economy-trace-seed.sql
curl -fs -o /dev/null -w "first trace page: HTTP %{http_code}, %{time_total}s\n" "http://127.0.0.1:$PORT/01/02900001000017/10/B000001"
echo "== warm-up 10s"
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/trace-paths.lua "http://127.0.0.1:$PORT" > /dev/null
echo "== measured run: $DURATION, $CONNECTIONS connections, 2 threads"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/trace-paths.lua "http://127.0.0.1:$PORT"
