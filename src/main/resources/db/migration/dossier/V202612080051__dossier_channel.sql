-- How a dossier came in: online by its applicant, or on paper at the one-stop desk or a public-service
-- point, filed by an officer for the citizen (who may have no account: applicant_id 0). The dashboard's
-- "submitted online" figure counts only the first.
alter table dossier_dossier add column channel varchar(16) default 'ONLINE' not null;
alter table dossier_dossier add column filed_by_id bigint;
alter table dossier_dossier add column filed_by_name varchar(120);
create index dossier_channel on dossier_dossier (commune_id, channel, submitted_at);
