#!/usr/bin/env bash
# Benchmark: the community module's indicator queries (the very SQL files CommunityIndicators runs,
# src/main/resources/community/indicators-*.sql) for a province of 1,000,000 residents in PostgreSQL.
#
# Builds the module's tables from its Flyway migrations in a throw-away schema, fills them with
# 100 communes x 10 villages x 1,000 residents (250,000 households, 4 people each; 150,000 visits),
# then times the province-wide computation (both queries, all 100 communes) several times.
#
# Usage: bench/community-indicators.sh [database-url-for-psql]   (default: the issue-5 test database)
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-postgresql://postgres@127.0.0.1:5432/langso_test_issue5}"
SCHEMA=bench_community
RUNS=${RUNS:-5}
psql_q() { psql "$DB" -v ON_ERROR_STOP=1 -q -X "$@"; }

if [ "${SKIP_GENERATE:-0}" != 1 ]; then
echo "== schema $SCHEMA from the community migrations"
psql_q -c "drop schema if exists $SCHEMA cascade; create schema $SCHEMA;"
for f in src/main/resources/db/migration/community/*.sql; do
  { echo "set search_path to $SCHEMA;"; cat "$f"; } | psql_q
done

echo "== generating 1,000,000 residents"
start=$(date +%s.%N)
psql_q <<SQL
set search_path to $SCHEMA;
insert into community_household (id, commune_id, village_id, lane, house_number, head_name, plate_token, created_at, updated_at)
select h, 1 + (h - 1) / 2500, 1000 + (h - 1) / 250, 'Ngõ ' || ((h % 250) / 25 + 1), (h % 25 + 1)::text, 'Chủ hộ ' || h,
       'b' || h, now(), now()
from generate_series(1, 250000) h;
insert into community_resident (commune_id, village_id, household_id, full_name, full_name_folded, relation, birth_date,
       gender, citizen_id, phone, has_smartphone, has_epayment, vneid_level2, uses_online_services, trained_on, trained_by,
       person_key, created_at, updated_at)
select 1 + (h - 1) / 2500, 1000 + (h - 1) / 250, h, 'Người ' || r, 'nguoi ' || r,
       case when r % 4 = 0 then 'HEAD' else 'CHILD' end, date '1950-01-01' + (r % 20000),
       case when r % 2 = 0 then 'MALE' else 'FEMALE' end, lpad(r::text, 12, '0'), null,
       r % 10 < 8, r % 10 < 6, r % 10 < 7, r % 10 < 4,
       case when r % 2 = 0 then date '2025-01-01' + (r % 600) end, null, 'id:' || r, now(), now()
from generate_series(1, 1000000) r, lateral (select 1 + (r - 1) / 4 as h) x;
insert into community_visit (commune_id, village_id, household_id, account_id, actor_name, visited_at, helped)
select 1 + (h - 1) / 2500, 1000 + (h - 1) / 250, h, 1, 'Tổ CNS', now(), 'INSTALL_VNEID'
from generate_series(1, 250000) h where h % 5 < 3;
SQL
# what autovacuum does shortly after a bulk load: statistics and the visibility map (index-only scans)
psql_q -c "vacuum analyze $SCHEMA.community_household" -c "vacuum analyze $SCHEMA.community_resident" \
  -c "vacuum analyze $SCHEMA.community_visit"
end=$(date +%s.%N)
echo "generated in $(echo "$end - $start" | bc) s: $(psql_q -t -A -c "select count(*) from $SCHEMA.community_resident") residents"
fi

COMMUNES=$(seq -s, 1 100)
# The three queries CommunityIndicators runs, timed by the server session (\timing), not by process start-up.
queries() {
  for f in indicators-residents.sql indicators-households.sql indicators-reached.sql; do
    sed "s/:communes/$1/g" "src/main/resources/community/$f"; echo ";"
  done
}
timed() {
  { echo "set search_path to $SCHEMA;"; echo "\\timing on"; for i in $(seq 1 "$2"); do queries "$1"; echo "select 'end of run';"; done; } \
    | psql "$DB" -X -q -A -t 2>&1 \
    | awk '/^Time:/ { t += $2 } /end of run/ { n++; printf "run %d: %.0f ms (3 queries)\n", n, t; t = 0 }'
}
echo "== province-wide indicators: 100 communes, 1,000 villages, 1,000,000 residents; $RUNS runs"
timed "$COMMUNES" "$RUNS"
echo "== one commune (10 villages, 10,000 residents); 3 runs"
timed 42 3
echo "== plan of the resident query (province-wide)"
{ echo "set search_path to $SCHEMA;"; echo "explain (analyze, buffers off, timing off, summary on)"; sed "s/:communes/$COMMUNES/g" src/main/resources/community/indicators-residents.sql; echo ";"; } \
  | psql_q | grep -E "Scan|Execution Time|Workers"
[ "${KEEP:-0}" = 1 ] || psql_q -c "drop schema $SCHEMA cascade"
