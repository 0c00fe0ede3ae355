-- The dashboard's dossier figures count by time window (submitted, returned, rated) across communes:
-- these indexes let a province of millions of dossiers be counted month by month without a full scan.
create index dossier_submitted_window on dossier_dossier (submitted_at, commune_id, procedure_id);
create index dossier_returned_window on dossier_dossier (returned_at, commune_id, finished_on_time);
create index dossier_rating_window on dossier_rating (rated_at, commune_id);
