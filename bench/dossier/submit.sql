-- What one submission writes, in one transaction as Dossiers.submit does: the code counter, the dossier,
-- its attachment row and its history line (the JVM side — multipart, JSON Schema check, file write — is not in it).
\set commune random(1, 100)
set search_path = bench_dossier;
begin;
update dossier_code_counter set last_number = last_number + 1 where commune_id = :commune and counter_day = current_date;
select last_number from dossier_code_counter where commune_id = :commune and counter_day = current_date;
insert into dossier_dossier (commune_id, code, procedure_id, procedure_code, procedure_name, applicant_id, applicant_name,
    submission_key, status, form_json, processing_days, receive_role, process_role, approve_role, return_role, fee_vnd,
    fee_paid, tracking_secret, created_at, submitted_at, due_date, extended, result_revoked, row_version)
values (:commune, 'B' || :client_id || '-' || substr(md5(random()::text), 1, 20), 1, '1.001193', 'Đăng ký khai sinh', 5, 'Bench',
    md5(random()::text), 'SUBMITTED', '{"childName":"Nguyễn Văn B","copies":1}', 0, 'ONE_STOP_OFFICER', 'SPECIALIST',
    'COMMUNE_LEADER', 'ONE_STOP_OFFICER', 8000, false, 'ABCDEF', now(), now(), current_date, false, false, 0);
insert into dossier_attachment (dossier_id, commune_id, document_key, file_name, content_type, size_bytes, sha256, uploaded_at)
values (currval('dossier_dossier_id_seq'), :commune, 'birthCertificate', 'a.jpg', 'image/jpeg', 123456, md5(random()::text) || md5(random()::text), now());
insert into dossier_history (dossier_id, commune_id, at, actor_id, actor_name, action, from_status, to_status)
values (currval('dossier_dossier_id_seq'), :commune, now(), 5, 'Bench', 'SUBMIT', 'DRAFT', 'SUBMITTED');
commit;
