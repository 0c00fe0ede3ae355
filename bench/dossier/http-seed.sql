-- Seed for bench/dossier/http.sh: :rows dossiers in the application's own tables (after Flyway and the
-- demo data), as a province of 100 communes: every 100th belongs to the demo commune :commune (so its
-- officers' inbox holds 1 % of them), the others to commune ids 900000..900098 that no page serves.
-- 97 % are finished, 3 % wait at a step; two history lines each. Codes carry a "-<n>" suffix so they
-- never collide with codes the application hands out.
insert into dossier_dossier (commune_id, code, procedure_id, procedure_code, procedure_name, applicant_id, applicant_name,
    applicant_phone, submission_key, status, form_json, processing_days, receive_role, process_role, approve_role,
    return_role, fee_vnd, fee_paid, tracking_secret, created_at, submitted_at, received_at, due_date, extended,
    result_revoked, row_version)
select case when g % 100 = 0 then :commune else 900000 + (g % 100) end,
       lpad((99000 + 1 + (g % 100))::text, 5, '0') || '-' || to_char(current_date - 400 + (g / 3000), 'YYMMDD') || '-'
           || lpad((g % 3000)::text, 4, '0') || '-' || g,
       :procedure, '1.001193', 'Đăng ký khai sinh',
       100000 + (g % 200000), 'Người nộp ' || g, '09' || lpad((g % 100000000)::text, 8, '0'), 'seed-' || g,
       case when (g / 100) % 100 < 97 then 'RETURNED'
            else (array['SUBMITTED','RECEIVED','IN_PROCESS','AWAITING_APPROVAL','APPROVED','RESULT_ISSUED'])[1 + (g / 10000 + g) % 6] end,
       '{"childName":"Nguyễn Văn A","copies":1}', 3, 'ONE_STOP_OFFICER', 'SPECIALIST', 'COMMUNE_LEADER', 'ONE_STOP_OFFICER',
       case when g % 3 = 0 then 8000 else 0 end, true, upper(substr(md5(g::text), 1, 6)),
       now() - interval '400 days' + (g || ' seconds')::interval,
       now() - interval '400 days' + (g || ' seconds')::interval,
       now() - interval '400 days' + (g || ' seconds')::interval + interval '1 hour',
       current_date - 400 + (g / 3000) + 3, false, false, 0
from generate_series(1, :rows) as g;

insert into dossier_history (dossier_id, commune_id, at, actor_id, actor_name, action, from_status, to_status)
select id, commune_id, submitted_at, applicant_id, 'Người nộp', 'SUBMIT', 'DRAFT', 'SUBMITTED'
from dossier_dossier where submission_key like 'seed-%';
insert into dossier_history (dossier_id, commune_id, at, actor_id, actor_name, action, from_status, to_status)
select id, commune_id, received_at, 7, 'Cán bộ một cửa', 'RECEIVE', 'SUBMITTED', 'RECEIVED'
from dossier_dossier where submission_key like 'seed-%';
analyze dossier_dossier;
analyze dossier_history;
