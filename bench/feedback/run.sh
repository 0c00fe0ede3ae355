#!/usr/bin/env bash
# Benchmark of GET /open311/v2/requests.json over many reports on PostgreSQL.
# Usage: bench/feedback/run.sh [reports=500000] [requestsPerShape=500]
# Needs: PostgreSQL at 127.0.0.1:5432 (user postgres, trust) with database $DB (default langso_test_issue4,
# which the PostgreSQL test run empties again), JDK 21+ in JAVA_HOME. Starts the app on $PORT (8104).
set -euo pipefail
COUNT=${1:-500000}
N=${2:-500}
DB=${DB:-langso_test_issue4}
PORT=${PORT:-8104}
cd "$(dirname "$0")/../.."
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "drop schema public cascade; create schema public;"
./mvnw -q -B -o package -DskipTests
JAR=$(ls target/langso-*.jar | grep -v plain | head -1)
java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password= --langso.demo-data=true --langso.data-dir=/tmp/langso-bench-feedback \
  --logging.level.root=WARN > /tmp/langso-bench-feedback.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/open311/v2/services.json" > /dev/null 2>&1 && break
  sleep 2
done
echo "seeding $COUNT reports..."
time psql -h 127.0.0.1 -U postgres -d "$DB" -q -v count="$COUNT" -f bench/feedback/seed-reports.sql
java bench/feedback/Open311Bench.java "http://127.0.0.1:$PORT" "$N"
