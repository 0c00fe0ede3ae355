-- Seeds :count feedback reports into xã Bình Hòa for the Open311 benchmark (PostgreSQL only).
-- Spread over the last 365 days, every category and village, a quarter closed with an answer.
\set ON_ERROR_STOP on
delete from feedback_event where report_id in (select id from feedback_report where tracking_code like 'PB%');
delete from feedback_report where tracking_code like 'PB%';
with commune as (select id from identity_area where code = '99001'),
     cats as (select array_agg(id order by id) as ids from feedback_category where commune_id = (select id from commune)),
     villages as (select array_agg(id order by id) as ids from identity_area where parent_id = (select id from commune))
insert into feedback_report (commune_id, village_id, category_id, tracking_code, description, latitude, longitude,
    address, status, source, reporter_phone, show_name, photos_public, deadline, answer, answered_by,
    created_at, updated_at, answered_at, closed_at)
select (select id from commune),
       (select ids from villages)[1 + g % 6],
       (select ids from cats)[1 + g % 6],
       'PB' || lpad(to_hex(g), 8, '0'),
       'Phản ánh thử số ' || g || ': rác tràn, đèn hỏng hoặc ổ gà trên đường liên xóm cần xử lý sớm.',
       19.78 + (g % 1000) * 0.00004, 105.76 + (g % 997) * 0.00004,
       'Đường liên xóm ' || (g % 40),
       case when g % 4 = 0 then 'CLOSED' when g % 4 = 1 then 'ANSWERED' when g % 4 = 2 then 'ASSIGNED' else 'NEW' end,
       'WEB', '09' || lpad((g % 100000000)::text, 8, '0'), false, false,
       (now() - (g % 365) * interval '1 day' + interval '5 days')::date,
       case when g % 4 in (0, 1) then 'Xã đã xử lý phản ánh số ' || g || '.' end,
       case when g % 4 in (0, 1) then 'Nguyễn Thị Lan' end,
       now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second',
       now() - (g % 365) * interval '1 day',
       case when g % 4 in (0, 1) then now() - (g % 365) * interval '1 day' end,
       case when g % 4 = 0 then now() - (g % 365) * interval '1 day' end
from generate_series(1, :count) as g;
analyze feedback_report;
select count(*) as reports from feedback_report;
