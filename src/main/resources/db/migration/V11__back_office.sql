-- The workflow template of a procedure: ordered steps, each with the role (and department) that
-- handles it and its share of the processing time in working days.
alter table catalog_procedure add column workflow jsonb not null default '[]';

alter table dossier add column original_due_date date;
alter table dossier add column apology_at timestamptz;
alter table dossier add column current_step int;
alter table dossier add column late boolean;
alter table dossier add column late_step int;
alter table dossier add column return_channel varchar(10);
create index dossier_queue_idx on dossier (agency_id, due_date, id) where closed_at is null;
create index dossier_code_prefix_idx on dossier (code text_pattern_ops);

-- The steps of one dossier, instantiated from the workflow template at reception; a step sent
-- back and done again is a new row (seq), so that each row is one hand-over of the
-- process-control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ).
create table dossier_step (
  id             bigserial primary key,
  dossier_id     bigint not null references dossier (id) on delete cascade,
  seq            int not null,
  position       int not null,
  name           varchar(200) not null,
  role           varchar(20) not null,
  department_id  bigint,
  kind           varchar(10) not null,
  share_days     int not null,
  status         varchar(10) not null,
  assignee       varchar(100),
  assignee_name  varchar(200),
  handed_by      varchar(100),
  handed_by_name varchar(200),
  started_at     timestamptz,
  taken_at       timestamptz,
  due_date       date,
  finished_at    timestamptz,
  outcome        varchar(10),
  note           text,
  constraint dossier_step_uk unique (dossier_id, seq)
);
create index dossier_step_active_idx on dossier_step (role, department_id, dossier_id) where status = 'ACTIVE';

-- Pauses of the legal clock while a supplement is awaited (each one recorded).
create table dossier_pause (
  id           bigserial primary key,
  dossier_id   bigint not null references dossier (id) on delete cascade,
  started_at   timestamptz not null,
  ended_at     timestamptz,
  working_days int
);

-- Opinions asked of another department.
create table dossier_consultation (
  id            bigserial primary key,
  dossier_id    bigint not null references dossier (id) on delete cascade,
  department_id bigint not null,
  question      text not null,
  asked_by      varchar(100) not null,
  asked_at      timestamptz not null default now(),
  answer        text,
  answered_by   varchar(100),
  answered_at   timestamptz
);

-- Documents produced for a dossier: official one-stop forms and results, signed.
create table dossier_document (
  id         bigserial primary key,
  dossier_id bigint not null references dossier (id) on delete cascade,
  form_code  varchar(20) not null,
  title      varchar(300) not null,
  sha256     char(64) not null,
  file_name  varchar(200) not null,
  signed     boolean not null,
  created_at timestamptz not null default now(),
  created_by varchar(100) not null
);
create index dossier_document_dossier_idx on dossier_document (dossier_id, id);

-- The official one-stop forms as editable templates (Circular 03/2025/TT-VPCP numbering).
create table dossier_form_template (
  code       varchar(20) primary key,
  title      varchar(300) not null,
  page_size  varchar(4) not null default 'A5',
  body       text not null,
  updated_at timestamptz not null default now(),
  updated_by varchar(100) not null default 'system',
  version    int not null default 0
);
