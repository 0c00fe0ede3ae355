-- The officer's inbox as DossierRepository.inbox / countInbox issue it (Hibernate's SQL, simplified aliases).
\set commune random(1, 100)
set search_path = bench_dossier;
select d.* from dossier_dossier d where d.commune_id = :commune
  and ((d.receive_role in ('ONE_STOP_OFFICER') and d.status in ('SUBMITTED','RECEIVED'))
    or (d.process_role in ('ONE_STOP_OFFICER') and d.status = 'IN_PROCESS')
    or (d.approve_role in ('ONE_STOP_OFFICER') and d.status in ('AWAITING_APPROVAL','APPROVED'))
    or (d.return_role in ('ONE_STOP_OFFICER') and d.status in ('APPROVED','RESULT_ISSUED')))
  order by d.due_date asc nulls last, d.submitted_at asc offset 0 limit 20;
select count(d.id) from dossier_dossier d where d.commune_id = :commune
  and ((d.receive_role in ('ONE_STOP_OFFICER') and d.status in ('SUBMITTED','RECEIVED'))
    or (d.process_role in ('ONE_STOP_OFFICER') and d.status = 'IN_PROCESS')
    or (d.approve_role in ('ONE_STOP_OFFICER') and d.status in ('AWAITING_APPROVAL','APPROVED'))
    or (d.return_role in ('ONE_STOP_OFFICER') and d.status in ('APPROVED','RESULT_ISSUED')));
