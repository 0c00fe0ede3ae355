#!/usr/bin/env bash
# End-to-end HTTP benchmark of online dossiers (complements bench/dossier/run.sh, which times the SQL
# alone): the running application on PostgreSQL, with ROWS dossiers in its own tables, measured by wrk
# through the real stack (Tomcat, Spring Security and sessions, Hibernate, Thymeleaf, JSON):
#   status-api   public status lookup by code + secret (JSON)     target p95 < 50 ms
#   status-page  the same as the public page /tra-cuu (HTML)
#   inbox-api    the one-stop officer's inbox with its counts      target p95 < 50 ms
#   inbox-page   the same as the staff page /staff/ho-so (HTML)
#   submit       citizens' submissions through the API (multipart, JSON-Schema check, JPEG attachment
#                written, code counter, history, notification outbox)   target >= 200/s sustained
# Needs: a PostgreSQL database it may wipe (BENCH_DB, default langso_issue3 on 127.0.0.1:5432, user
# postgres, trust; created when missing), wrk, curl, JAVA_HOME with Java 25.
# Usage: bench/dossier/http.sh [rows=1000000] [duration=30s] [connections=16]
# Prints one "RESULT" line per workload; submissions/s is also counted in the database.
# BENCH_SKIP_BUILD=1 reuses target/langso-*.jar; BENCH_PORT (default 8103) the port.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
DURATION=${2:-30s}
CONNECTIONS=${3:-16}
DB=${BENCH_DB:-langso_issue3}
PORT=${BENCH_PORT:-8103}
BASE="http://127.0.0.1:$PORT"
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
WORK=$(mktemp -d /tmp/langso-bench-dossier.XXXXXX)
LOG="$WORK/app.log"

psql -q -h 127.0.0.1 -U postgres -d postgres -tc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $DB"
echo "== wiping database $DB"
$PSQL -c "set client_min_messages = warning; drop schema public cascade; create schema public;"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the jar"
  ./mvnw -q -B -o -DskipTests package
fi
JAR=$(ls target/langso-*.jar | grep -v original | head -1)
echo "== starting $JAR on port $PORT (PostgreSQL, demo communes and accounts, data in $WORK)"
"${JAVA_HOME:-/usr}/bin/java" -Xmx1g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --langso.demo-data=true --langso.data-dir="$WORK/data" --langso.devices.embedded-port=$((PORT + 1000)) \
  --logging.level.root=WARN > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for i in $(seq 1 180); do
  if curl -fs "$BASE/actuator/health" > /dev/null; then break; fi
  kill -0 $APP 2>/dev/null || { echo "the application did not start:"; tail -30 "$LOG"; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" > /dev/null || { echo "the application did not answer in 180 s"; tail -30 "$LOG"; exit 1; }

COMMUNE=$($PSQL -At -c "select id from identity_area where code = '99001'")
PROCEDURE=$($PSQL -At -c "select id from catalog_procedure where code = '1.001193' and is_current = true")
echo "== seeding $ROWS dossiers (commune $COMMUNE has 1 % of them)"
start=$(date +%s)
$PSQL -v rows="$ROWS" -v commune="$COMMUNE" -v procedure="$PROCEDURE" -f bench/dossier/http-seed.sql
echo "seeding took $(( $(date +%s) - start )) s"
# codes to look up: seeded dossiers of the demo commune (the status page names the commune); the lookup
# itself goes through the unique index over all ROWS dossiers
$PSQL -At -F, -c "select code, tracking_secret from dossier_dossier where submission_key like 'seed-%' and commune_id = $COMMUNE order by random() limit 20000" > "$WORK/codes.csv"

# signs in through the login form (CSRF token from the page) and prints the session cookie
sign_in() {
  local jar="$WORK/$1.jar" token
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/dang-nhap" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=$1" --data-urlencode "password=LangSo@2026" \
    --data-urlencode "_csrf=$token" "$BASE/dang-nhap"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}
OFFICER=$(sign_in motcua)
CITIZEN=$(sign_in 0912345678)
[ -n "$OFFICER" ] && [ -n "$CITIZEN" ] || { echo "sign-in failed"; exit 1; }
# one page with a form per session first: its CSRF token is then stored in the session, so concurrent
# requests do not race to store it (Spring Session JDBC answers such a race with a 500 on one of them)
curl -fs -o /dev/null -H "Cookie: $OFFICER" "$BASE/staff/ho-so"
CSRF=$(curl -fs -H "Cookie: $CITIZEN" "$BASE/xa/binh-hoa/thu-tuc/1.001193/nop" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
one=$(sed -n 1p "$WORK/codes.csv")
echo "check: status API HTTP $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/tracking?code=${one%,*}&secret=${one#*,}")," \
  "inbox API HTTP $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $OFFICER" "$BASE/api/v1/inbox")"

submitted() { $PSQL -At -c "select count(*) from dossier_dossier where submission_key like 'wrk-%' and status = 'SUBMITTED'"; }
run() { # mode, cookie: wrk's warm-up (BENCH_WARMUP, 10 s), then the measured run
  export BENCH_MODE=$1 BENCH_CODES="$WORK/codes.csv" BENCH_COOKIE=$2 BENCH_CSRF=$CSRF BENCH_COMMUNE=$COMMUNE
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-10s}" -s bench/dossier/http.lua "$BASE" > /dev/null
  local before t0 t1 after
  before=$(submitted); t0=$(date +%s.%N)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/dossier/http.lua "$BASE" | grep '^RESULT'
  t1=$(date +%s.%N); after=$(submitted)
  if [ "$1" = submit ]; then
    echo "RESULT submissions stored (counted in the database): $((after - before)) in $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s" \
      "= $(printf '%.1f' "$(echo "($after - $before) / ($t1 - $t0)" | bc -l)") /s"
  fi
}
echo "== measured runs: $DURATION each after a warm-up, $CONNECTIONS connections, 2 wrk threads"
run status-api ""
run status-page ""
run inbox-api "$OFFICER"
run inbox-page "$OFFICER"
run submit "$CITIZEN"
grep -E ' ERROR ' "$LOG" | head -5 || true
