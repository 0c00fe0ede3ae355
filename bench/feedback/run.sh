#!/usr/bin/env bash
# Benchmark of GET /open311/v2/requests.json over many reports on PostgreSQL (not a test).
# Usage: bench/feedback/run.sh [reports=500000] [requestsPerShape=500]
# Environment:
#   DB=langso_issue4   database on 127.0.0.1:5432 (user postgres, trust); created when missing
#   PORT=8104          port of the app started for the run
#   REUSE=1            keep the database: no schema drop, and no reseeding when it already holds exactly
#                      [reports] benchmark reports (seeding 500,000 takes minutes); new migrations still run
#   SKIP_BUILD=1       use the jar already in target/ instead of packaging
#   JAVA_HOME          a JDK 25 (default /usr/lib/jvm/temurin-25-jdk-amd64)
# Prints p50/p95/p99/max per query shape and whether the default query meets p95 < 50 ms.
set -euo pipefail
COUNT=${1:-500000}
N=${2:-500}
DB=${DB:-langso_issue4}
PORT=${PORT:-8104}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"
cd "$(dirname "$0")/../.."
if ! $PSQL -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  $PSQL -d postgres -qc "create database $DB"
fi
if [ "${REUSE:-0}" != 1 ]; then
  echo "fresh schema in $DB"
  $PSQL -d "$DB" -qc "drop schema public cascade; create schema public;"
fi
if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/langso-*.jar > /dev/null 2>&1; then
  ./mvnw -q -B -ntp package -DskipTests
fi
JAR=$(ls target/langso-*.jar | grep -v plain | head -1)
LOG=/tmp/langso-bench-feedback-$PORT.log
"$JAVA" -Xmx1g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password= --langso.demo-data=true --langso.data-dir=/tmp/langso-bench-feedback-$PORT \
  --langso.feedback.escalation.enabled=false --logging.level.root=WARN > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# ready once the demo data (loaded after the server opens its port) has the commune's categories
ready() { curl -fs "http://127.0.0.1:$PORT/open311/v2/services.json" 2>/dev/null | grep -q service_code; }
for i in $(seq 1 150); do
  ready && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $LOG"; tail -30 "$LOG"; exit 1; }
  sleep 2
done
ready || { echo "the app did not start; see $LOG"; exit 1; }
HAVE=$($PSQL -d "$DB" -tAc "select count(*) from feedback_report where tracking_code like 'PB%'")
if [ "${REUSE:-0}" = 1 ] && [ "$HAVE" = "$COUNT" ]; then
  echo "reusing the $HAVE benchmark reports already in $DB"
  $PSQL -d "$DB" -qc "analyze feedback_report"
else
  echo "seeding $COUNT reports..."
  time $PSQL -d "$DB" -q -v count="$COUNT" -f bench/feedback/seed-reports.sql
fi
"$JAVA" bench/feedback/Open311Bench.java "http://127.0.0.1:$PORT" "$N"
