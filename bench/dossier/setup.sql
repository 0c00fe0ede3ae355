-- Bench data: the dossier tables of V202611261002 in a schema of their own, filled with :rows dossiers
-- across 100 communes (a province), most of them finished, 3 % still waiting at one step or another.
drop schema if exists bench_dossier cascade;
create schema bench_dossier;
set search_path = bench_dossier;
\i ../../src/main/resources/db/migration/dossier/V202611261002__dossier_dossiers.sql

insert into dossier_dossier (commune_id, code, procedure_id, procedure_code, procedure_name, applicant_id, applicant_name,
    applicant_phone, submission_key, status, form_json, processing_days, receive_role, process_role, approve_role,
    return_role, fee_vnd, fee_paid, tracking_secret, created_at, submitted_at, received_at, due_date, extended,
    result_revoked, row_version)
select 1 + (g % 100),
       lpad((99000 + 1 + (g % 100))::text, 5, '0') || '-' || to_char(date '2025-01-01' + (g / 3000), 'YYMMDD') || '-' || lpad((g % 3000)::text, 4, '0') || '-' || g,
       1, (array['1.001193','1.000656','1.000894','1.004873','2.000815'])[1 + g % 5], 'Thủ tục ' || (g % 5),
       100000 + (g % 200000), 'Người nộp ' || g, '09' || lpad((g % 100000000)::text, 8, '0'), 'k' || g,
       case when g % 100 < 97 then 'RETURNED'
            else (array['SUBMITTED','RECEIVED','IN_PROCESS','AWAITING_APPROVAL','APPROVED','RESULT_ISSUED'])[1 + g % 6] end,
       '{"childName":"Nguyễn Văn A","copies":1}', 3, 'ONE_STOP_OFFICER', 'SPECIALIST', 'COMMUNE_LEADER', 'ONE_STOP_OFFICER',
       case when g % 3 = 0 then 8000 else 0 end, true, upper(substr(md5(g::text), 1, 6)),
       timestamp with time zone '2025-01-01 08:00+07' + (g || ' minutes')::interval,
       timestamp with time zone '2025-01-01 08:00+07' + (g || ' minutes')::interval,
       timestamp with time zone '2025-01-01 09:00+07' + (g || ' minutes')::interval,
       date '2025-01-01' + (g / 1400) + 3, false, false, 0
from generate_series(1, :rows) as g;

insert into dossier_history (dossier_id, commune_id, at, actor_id, actor_name, action, from_status, to_status)
select id, commune_id, submitted_at, applicant_id, 'x', 'SUBMIT', 'DRAFT', 'SUBMITTED' from dossier_dossier;
insert into dossier_history (dossier_id, commune_id, at, actor_id, actor_name, action, from_status, to_status)
select id, commune_id, received_at, 7, 'x', 'RECEIVE', 'SUBMITTED', 'RECEIVED' from dossier_dossier;
insert into dossier_code_counter (commune_id, counter_day, last_number)
select c, current_date, 0 from generate_series(1, 100) c;
analyze;
select count(*) as dossiers, sum(case when status <> 'RETURNED' then 1 else 0 end) as waiting from dossier_dossier;
