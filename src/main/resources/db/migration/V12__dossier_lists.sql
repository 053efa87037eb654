-- Indexes behind the back-office lists (keyset pages, see DossierQueue) and their filters.
-- The agency's whole register, newest first.
create index dossier_agency_id_idx on dossier (agency_id, id desc) where status <> 'DRAFT';
-- Dossiers filed at one agency's desk for another agency.
create index dossier_routed_idx on dossier (receiving_agency_id, id desc) where receiving_agency_id <> agency_id;
-- The reception queue, first come first served.
create index dossier_reception_idx on dossier (agency_id, submitted_at, id) where status = 'SUBMITTED';
-- Results waiting to be handed over.
create index dossier_to_return_idx on dossier (agency_id, decided_at, id) where status = 'RESULT_READY';
-- Search by personal ID.
create index dossier_citizen_id_idx on dossier (applicant_citizen_id) where applicant_citizen_id is not null;
-- The active step of each dossier, and the dossiers an officer worked on.
create index dossier_step_active_dossier_idx on dossier_step (dossier_id) where status = 'ACTIVE';
create index dossier_step_assignee_idx on dossier_step (assignee, dossier_id) where assignee is not null;
create index dossier_consultation_open_idx on dossier_consultation (department_id, dossier_id) where answer is null;
