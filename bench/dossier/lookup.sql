-- The public status lookup (DossierPapers.track): the dossier by code, then its history.
\set g random(1, :rows)
set search_path = bench_dossier;
select d.id, d.tracking_secret, d.status, d.due_date from dossier_dossier d
 where d.code = lpad((99000 + 1 + (:g % 100))::text, 5, '0') || '-' || to_char(date '2025-01-01' + (:g / 3000), 'YYMMDD') || '-' || lpad((:g % 3000)::text, 4, '0') || '-' || :g;
select h.* from dossier_history h where h.dossier_id = :g order by h.at, h.id;
