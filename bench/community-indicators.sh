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
analyze community_household; analyze community_resident; analyze community_visit;
SQL
end=$(date +%s.%N)
echo "generated in $(echo "$end - $start" | bc) s: $(psql_q -t -A -c "select count(*) from $SCHEMA.community_resident") residents"

COMMUNES=$(seq -s, 1 100)
query() { sed "s/:communes/$COMMUNES/g" "src/main/resources/community/$1"; }
echo "== province-wide indicators (both queries, 100 communes), $RUNS runs"
for i in $(seq 1 "$RUNS"); do
  s=$(date +%s%N)
  { echo "set search_path to $SCHEMA;"; query indicators-residents.sql; echo ";"; query indicators-households.sql; echo ";"; } \
    | psql_q -o /dev/null
  e=$(date +%s%N)
  echo "run $i: $(( (e - s) / 1000000 )) ms"
done
echo "== one commune (10 villages)"
for i in 1 2 3; do
  s=$(date +%s%N)
  { echo "set search_path to $SCHEMA;"; sed "s/:communes/42/g" src/main/resources/community/indicators-residents.sql; echo ";";
    sed "s/:communes/42/g" src/main/resources/community/indicators-households.sql; echo ";"; } | psql_q -o /dev/null
  e=$(date +%s%N)
  echo "run $i: $(( (e - s) / 1000000 )) ms"
done
[ "${KEEP:-0}" = 1 ] || psql_q -c "drop schema $SCHEMA cascade"
