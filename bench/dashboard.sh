#!/usr/bin/env bash
# Benchmark: the province overseer's dashboard (/staff/chi-so/tinh) on PostgreSQL for a province of
# COMMUNES communes (10 villages each), RESIDENTS residents and DOSSIERS dossiers over twelve months.
# Target: p95 < 300 ms for the page, rendered by the application from the reporting store.
#
# Steps: a fresh database DB; the jar started on it with the demo data (province, accounts, catalogue);
# bench/dashboard/seed.sql grows the province; the overseer ('tinh') signs in; the reporting store is
# computed from scratch (12-month backfill) and once more (incremental), both timed; then REQUESTS
# page loads comparing three communes, after WARMUP unmeasured ones, with p50/p95/max.
#
# Full scale (coordinator, quiet machine):
#   bench/dashboard.sh                       # 200 communes, 1,000,000 residents, 5,000,000 dossiers
# Smoke:
#   COMMUNES=20 RESIDENTS=20000 DOSSIERS=50000 REQUESTS=30 bench/dashboard.sh langso_issue8_bench
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
DB=${1:-langso_bench_dashboard}
COMMUNES=${COMMUNES:-200}
RESIDENTS=${RESIDENTS:-1000000}
DOSSIERS=${DOSSIERS:-5000000}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-20}
PORT=${PORT:-18088}
PG=(-h 127.0.0.1 -U postgres)
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
JAR=target/langso-0.1.0-SNAPSHOT.jar

if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -type f | head -1)" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
echo "== fresh database $DB"
dropdb "${PG[@]}" --if-exists "$DB"
createdb "${PG[@]}" "$DB"

echo "== starting LàngSố on $DB (demo data on, scheduled refresh off)"
LANGSO_DATA_DIR="$WORK/data" LANGSO_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LANGSO_DB_USER=postgres \
  "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=postgres --langso.demo-data=true \
  --server.port="$PORT" --langso.dashboard.refresh-interval-millis=86400000 >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$APP" 2>/dev/null || { echo "the application died:"; tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
# the demo runners (and the dashboard's first refresh) finish after the health check turns UP
until grep -q "Dashboard refreshed" "$WORK/app.log"; do sleep 1; done

echo "== growing the province: $COMMUNES communes, $RESIDENTS residents, $DOSSIERS dossiers"
start=$(date +%s)
psql "${PG[@]}" -d "$DB" -q -X -v communes="$COMMUNES" -v residents="$RESIDENTS" -v dossiers="$DOSSIERS" \
  -f bench/dashboard/seed.sql
psql "${PG[@]}" -d "$DB" -q -X -c "vacuum analyze"
echo "seeded in $(( $(date +%s) - start )) s"

echo "== signing in as the province overseer"
JAR_COOKIES="$WORK/cookies"
csrf() { curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(csrf /dang-nhap)
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "login=tinh" \
  --data-urlencode "password=LangSo@2026" --data-urlencode "_csrf=$token" "$BASE/dang-nhap"
curl -fs -b "$JAR_COOKIES" -o /dev/null "$BASE/staff/chi-so/tinh" || { echo "sign-in failed"; exit 1; }

refresh() {
  local token t0 t1
  token=$(csrf /staff/chi-so)
  t0=$(date +%s%N)
  curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "_csrf=$token" "$BASE/staff/chi-so/lam-moi"
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 ))"
}
psql "${PG[@]}" -d "$DB" -q -X -c "delete from dashboard_value"
echo "== reporting store from scratch (12 periods of every indicator, every commune and village): $(refresh) ms"
echo "== incremental refresh (open periods only): $(refresh) ms"
psql "${PG[@]}" -d "$DB" -q -X -A -t -c "select count(*) || ' values in dashboard_value' from dashboard_value"

ids=$(psql "${PG[@]}" -d "$DB" -q -X -A -t -c "select string_agg('xa=' || id, '&') from (select id from identity_area where code like '99B%' and level = 'COMMUNE' order by id desc limit 3) x")
PAGE="$BASE/staff/chi-so/tinh?$ids"
body=$(curl -s -b "$JAR_COOKIES" "$PAGE")
status=$(curl -s -o /dev/null -w "%{http_code}" -b "$JAR_COOKIES" "$PAGE")
[ "$status" = 200 ] || { echo "the province page answered HTTP $status: $PAGE"; grep -E "ERROR|Exception" "$WORK/app.log" | tail -5; exit 1; }
echo "$body" | grep -q 'data-test="summary"' || { echo "the province page did not render its summary"; exit 1; }
echo "$body" | grep -q 'Xã Bench' || { echo "the chosen communes are not on the page"; exit 1; }
for _ in $(seq 1 "$WARMUP"); do curl -fs -b "$JAR_COOKIES" -o /dev/null "$PAGE"; done
for _ in $(seq 1 "$REQUESTS"); do
  curl -fs -b "$JAR_COOKIES" -o /dev/null -w '%{time_total}\n' "$PAGE"
done | sort -n | awk -v n="$REQUESTS" -v c="$COMMUNES" -v r="$RESIDENTS" -v d="$DOSSIERS" '{ a[NR] = $1 * 1000 }
  END { p50 = a[int(NR * 0.50 + 0.5)]; p95 = a[int(NR * 0.95 + 0.5)];
        printf "== province dashboard (%d communes, %d residents, %d dossiers): n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms (target p95 < 300, ratio %.2f)\n",
               c, r, d, NR, p50, p95, a[NR], p95 / 300 }'
kill $APP; wait $APP 2>/dev/null || true
if [ "${KEEP:-0}" = 1 ]; then echo "database $DB kept"; else dropdb "${PG[@]}" --if-exists "$DB"; fi
