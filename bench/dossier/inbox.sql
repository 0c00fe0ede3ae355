-- The officer's inbox as DossierRepository.inbox / inboxCounts issue it (Hibernate's SQL, simplified
-- aliases): the first page of 20, then every count the page shows (per filter and per procedure) in one
-- grouped query.
\set commune random(1, 100)
set search_path = bench_dossier;
select d.* from dossier_dossier d where d.commune_id = :commune
  and ((d.receive_role in ('ONE_STOP_OFFICER') and d.status in ('SUBMITTED','RECEIVED'))
    or (d.process_role in ('ONE_STOP_OFFICER') and d.status = 'IN_PROCESS')
    or (d.approve_role in ('ONE_STOP_OFFICER') and d.status in ('AWAITING_APPROVAL','APPROVED'))
    or (d.return_role in ('ONE_STOP_OFFICER') and d.status in ('APPROVED','RESULT_ISSUED')))
  order by d.due_date asc nulls last, d.submitted_at asc offset 0 limit 20;
select d.procedure_code, count(d.id),
       sum(case when d.due_date between date '2026-01-05' and date '2026-01-06' then 1 else 0 end),
       sum(case when d.due_date < date '2026-01-05' then 1 else 0 end)
  from dossier_dossier d where d.commune_id = :commune
  and ((d.receive_role in ('ONE_STOP_OFFICER') and d.status in ('SUBMITTED','RECEIVED'))
    or (d.process_role in ('ONE_STOP_OFFICER') and d.status = 'IN_PROCESS')
    or (d.approve_role in ('ONE_STOP_OFFICER') and d.status in ('AWAITING_APPROVAL','APPROVED'))
    or (d.return_role in ('ONE_STOP_OFFICER') and d.status in ('APPROVED','RESULT_ISSUED')))
  group by d.procedure_code;
