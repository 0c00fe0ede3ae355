-- Indexes for the Open311 search (GET /open311/v2/requests): every shape reads the newest requests of
-- one commune in requested-time order, so each index ends with (created_at desc, id desc) and the
-- database walks it from the start and stops after one page, whatever the number of reports.
-- The plain (commune_id, created_at) and (commune_id, status) indexes are replaced by wider ones.
-- (A later version than the platform's V202611271700, so databases that already ran that one accept it.)

drop index if exists ix_feedback_report_commune_created;
drop index if exists ix_feedback_report_commune_status;

-- default window, start_date/end_date, status=open (most reports of a busy commune are closed only
-- after months, so the open ones are a large share of the newest) and the public list
create index ix_feedback_report_commune_requested on feedback_report (commune_id, created_at desc, id desc);
-- service_code filter
create index ix_feedback_report_commune_service on feedback_report (commune_id, category_id, created_at desc, id desc);
-- status filter (status=closed, and the staff inbox by status)
create index ix_feedback_report_commune_status_requested on feedback_report (commune_id, status, created_at desc, id desc);
-- the first published photo of each request, read by a sub-select in the same query
create index ix_feedback_photo_report_id on feedback_photo (report_id, id);
drop index if exists ix_feedback_photo_report;
