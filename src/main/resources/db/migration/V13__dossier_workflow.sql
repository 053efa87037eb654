-- The workflow a dossier follows, copied from its procedure's template at reception, so that a
-- template edited later applies to dossiers received from then on and never moves a dossier in
-- process onto steps it was not received with.
alter table dossier add column workflow jsonb;
