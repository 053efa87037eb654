-- Dossiers (hồ sơ): a citizen's submission for a procedure and its whole life at the agency.
create table dossier (
  id                   bigserial primary key,
  code                 varchar(40),
  procedure_id         bigint not null,
  procedure_code       varchar(30),
  procedure_name       varchar(500) not null,
  agency_id            bigint not null,
  receiving_agency_id  bigint not null,
  channel              varchar(10) not null,
  status               varchar(24) not null,
  status_before_pause  varchar(24),
  applicant_account_id bigint,
  applicant_name       varchar(200) not null,
  applicant_citizen_id varchar(12),
  applicant_phone      varchar(20),
  applicant_email      varchar(200),
  applicant_address    varchar(300),
  applicant_folded     text not null default '',
  answers              jsonb not null default '{}',
  processing_days      int not null,
  processing_count     varchar(10) not null,
  fee_amount           bigint,
  payment_status       varchar(12) not null default 'NOT_REQUIRED',
  submission_key       varchar(64),
  created_at           timestamptz not null default now(),
  submitted_at         timestamptz,
  received_at          timestamptz,
  due_date             date,
  decided_at           timestamptz,
  result_sha256        char(64),
  result_name          varchar(200),
  returned_at          timestamptz,
  closed_at            timestamptz,
  updated_at           timestamptz not null default now(),
  version              int not null default 0,
  constraint dossier_code_uk unique (code)
);
create unique index dossier_submission_key_uk on dossier (applicant_account_id, submission_key)
  where submission_key is not null;
create index dossier_applicant_idx on dossier (applicant_account_id, id desc);
create index dossier_agency_status_idx on dossier (agency_id, status, id desc);
create index dossier_applicant_folded_idx on dossier using gin (applicant_folded gin_trgm_ops);

-- Daily sequence of dossier codes per receiving agency: <agency code>-<YYMMDD>-<NNNN>.
create table dossier_code_counter (
  agency_id bigint not null,
  day       date not null,
  last      int not null,
  primary key (agency_id, day)
);

create table dossier_attachment (
  id            bigserial primary key,
  dossier_id    bigint not null references dossier (id) on delete cascade,
  paper_index   int not null,
  paper_name    varchar(500) not null,
  sha256        char(64) not null,
  original_name varchar(200) not null,
  media_type    varchar(120) not null,
  size          bigint not null,
  kind          varchar(12) not null default 'PAPER',
  uploaded_at   timestamptz not null default now(),
  uploaded_by   varchar(100) not null,
  round         int not null default 0
);
create index dossier_attachment_dossier_idx on dossier_attachment (dossier_id, paper_index);

-- Everything that happened to a dossier, in order: the timeline the citizen sees (public rows)
-- and, from the back office, the process-control record.
create table dossier_history (
  id          bigserial primary key,
  dossier_id  bigint not null references dossier (id) on delete cascade,
  at          timestamptz not null default now(),
  action      varchar(40) not null,
  from_status varchar(24),
  to_status   varchar(24),
  actor       varchar(100) not null,
  actor_name  varchar(200),
  note        text,
  visible     boolean not null default true
);
create index dossier_history_dossier_idx on dossier_history (dossier_id, id);

create table dossier_message (
  id          bigserial primary key,
  dossier_id  bigint not null references dossier (id) on delete cascade,
  at          timestamptz not null default now(),
  from_citizen boolean not null,
  author      varchar(100) not null,
  author_name varchar(200),
  body        text not null
);
create index dossier_message_dossier_idx on dossier_message (dossier_id, id);

-- Online payments of fees through a payment gateway; one row per attempt.
create table dossier_payment (
  id             bigserial primary key,
  dossier_id     bigint not null references dossier (id),
  gateway        varchar(20) not null,
  txn_ref        varchar(40) not null unique,
  amount         bigint not null check (amount > 0),
  status         varchar(12) not null,
  created_at     timestamptz not null default now(),
  completed_at   timestamptz,
  gateway_txn_no varchar(60),
  bank_code      varchar(30),
  response_code  varchar(10),
  receipt_no     varchar(40) unique,
  callback       text
);
create index dossier_payment_dossier_idx on dossier_payment (dossier_id, id desc);
create sequence dossier_receipt_seq;

create table dossier_rating (
  dossier_id bigint primary key references dossier (id),
  score      varchar(14) not null check (score in ('SATISFIED', 'NORMAL', 'UNSATISFIED')),
  comment    varchar(1000),
  rated_at   timestamptz not null default now()
);

-- Fixed-window counter of public lookups per client address (protects codes from guessing).
create table dossier_lookup_throttle (
  client       varchar(64) not null,
  window_start timestamptz not null,
  count        int not null,
  primary key (client, window_start)
);
