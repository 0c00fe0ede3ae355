-- Bench data for the dashboard: the demo province grown to :communes communes (10 villages each), :residents
-- residents in households of four, :dossiers dossiers over the last twelve months (97 % returned, 90 % of those
-- on time, one in five rated). Runs against a database the application has migrated (and filled with the demo).
\set ON_ERROR_STOP on
create temporary table bench_province as select id from identity_area where code = '99';
insert into identity_area (code, name, name_folded, level, parent_id, slug)
select '99B' || lpad(n::text, 3, '0'), 'Xã Bench ' || n, 'xa bench ' || n, 'COMMUNE', (select id from bench_province), 'xa-bench-' || n
from generate_series(1, greatest(:communes - (select count(*) from identity_area where level = 'COMMUNE'
    and parent_id = (select id from bench_province)), 0)) n;
create temporary table bench_commune as
select row_number() over (order by id) - 1 as n, id from identity_area
where level = 'COMMUNE' and code like '99B%';
insert into identity_area (code, name, name_folded, level, parent_id, slug)
select a.code || '-' || lpad(v::text, 2, '0'), 'Thôn ' || v, 'thon ' || v, 'VILLAGE', c.id, 'thon-' || v
from bench_commune c join identity_area a on a.id = c.id, generate_series(1, 10) v;
create temporary table bench_village as
select row_number() over (order by v.id) - 1 as n, v.id, v.parent_id as commune_id from identity_area v
where v.level = 'VILLAGE' and v.parent_id in (select id from bench_commune);
select count(*) as bench_communes from bench_commune;
select count(*) as bench_villages from bench_village;

-- households of four and their residents, spread evenly over the villages
create temporary table bench_size as select (select count(*) from bench_village) as villages;
insert into community_household (commune_id, village_id, lane, house_number, head_name, plate_token, created_at, updated_at)
select v.commune_id, v.id, 'Ngõ ' || (h % 20 + 1), 'B' || h, 'Chủ hộ ' || h, 'bench' || h, now(), now()
from generate_series(0, :residents / 4 - 1) h
join bench_village v on v.n = h % (select villages from bench_size);
create temporary table bench_household as
select row_number() over (order by id) - 1 as n, id, commune_id, village_id from community_household where plate_token like 'bench%';
insert into community_resident (commune_id, village_id, household_id, full_name, full_name_folded, relation, has_smartphone,
    has_epayment, vneid_level2, uses_online_services, trained_on, person_key, created_at, updated_at)
select h.commune_id, h.village_id, h.id, 'Người ' || r, 'nguoi ' || r, case when r % 4 = 0 then 'HEAD' else 'CHILD' end,
       r % 10 < 8, r % 10 < 6, r % 10 < 7, r % 10 < 4, case when r % 2 = 0 then current_date - (r % 600) end,
       'bench:' || r, now(), now()
from generate_series(0, :residents - 1) r
join bench_household h on h.n = r / 4;
insert into community_visit (commune_id, village_id, household_id, account_id, actor_name, visited_at, helped)
select commune_id, village_id, id, 1, 'Tổ CNS', now(), 'INSTALL_VNEID' from bench_household where n % 5 < 3;

-- dossiers over the last twelve months, two procedures (fully and partly online)
create temporary table bench_procedure as
select (select id from catalog_procedure where code = '1.004873' and is_current) as fully,
       (select id from catalog_procedure where code = '1.000894' and is_current) as partly;
insert into dossier_dossier (commune_id, code, procedure_id, procedure_code, procedure_name, applicant_id, applicant_name,
    submission_key, status, form_json, processing_days, receive_role, process_role, approve_role, return_role, fee_vnd,
    fee_paid, tracking_secret, created_at, submitted_at, received_at, due_date, extended, returned_at, finished_on_time,
    result_revoked, row_version)
select c.id, 'B-' || g, case when g % 3 = 0 then p.partly else p.fully end,
       case when g % 3 = 0 then '1.000894' else '1.004873' end, 'Thủ tục', 100000 + g % 200000, 'Người nộp ' || g,
       'bench-' || g, case when g % 100 < 97 then 'RETURNED' else 'IN_PROCESS' end, '{}', 3, 'ONE_STOP_OFFICER',
       'SPECIALIST', 'COMMUNE_LEADER', 'ONE_STOP_OFFICER', 0, true, 'BENCH1',
       t.at, t.at, t.at + interval '1 hour', (t.at + interval '3 days')::date, false,
       case when g % 100 < 97 then t.at + interval '2 days' end,
       case when g % 100 < 97 then g % 10 <> 0 end, false, 0
from generate_series(1, :dossiers) g
join bench_commune c on c.n = g % (select count(*) from bench_commune)
cross join bench_procedure p
cross join lateral (select now() - ((g % 500000) * interval '1 minute' * 1.05) as at) t;
insert into dossier_rating (dossier_id, commune_id, procedure_code, publicity, timeliness, attitude, result, rated_at)
select id, commune_id, procedure_code, 2, 1 + id % 2, 2, 2, returned_at from dossier_dossier
where code like 'B-%' and returned_at is not null and id % 5 = 0;
analyze;
select (select count(*) from community_resident) as residents, (select count(*) from dossier_dossier) as dossiers,
       (select count(*) from dossier_rating) as ratings;
