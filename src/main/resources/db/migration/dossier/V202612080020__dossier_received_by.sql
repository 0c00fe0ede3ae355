-- Separation of duties: who received the dossier, so that the same person cannot also approve it.
alter table dossier_dossier add column received_by bigint;
