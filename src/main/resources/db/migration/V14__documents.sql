-- Official documents (văn bản) under Decree 30/2020 on clerical work: registers with gapless
-- yearly numbering, outgoing documents from draft to issuance, incoming documents from arrival
-- to completion, with their files, recipients, handlers and history.

-- How an agency writes its name in notations ("UBND" in 15/QĐ-UBND), set by its administrator.
create table document_agency_setting (
  agency_id    bigint primary key,
  abbreviation varchar(30) not null,
  per_type     boolean not null default false
);

-- One register (sổ) per agency, year and direction; a separate series for secret documents and,
-- where the agency wants it, per document type. last_number is taken under the row's lock in the
-- issuing transaction, so numbers are unique and a rolled-back issuance leaves no hole.
create table document_register (
  id          bigserial primary key,
  agency_id   bigint not null,
  year        int not null,
  direction   varchar(10) not null check (direction in ('OUTGOING', 'INCOMING')),
  series      varchar(20) not null,
  name        varchar(200) not null,
  last_number int not null default 0,
  constraint document_register_uk unique (agency_id, year, direction, series)
);

create table document (
  id                     bigserial primary key,
  agency_id              bigint not null,
  direction              varchar(10) not null check (direction in ('OUTGOING', 'INCOMING')),
  status                 varchar(20) not null,
  type                   varchar(20) not null,
  subject                text not null,
  urgency                varchar(12) not null default 'NORMAL',
  secrecy                varchar(12) not null default 'NORMAL',
  department_id          bigint,
  drafter                varchar(100),
  drafter_name           varchar(200),
  reviewer               varchar(100),
  signer_account_id      bigint,
  signer_name            varchar(200),
  signer_title           varchar(200),
  signer_authority       varchar(10),
  body_text              text,
  body_sha256            char(64),
  body_name              varchar(200),
  final_sha256           char(64),
  final_name             varchar(200),
  register_id            bigint references document_register (id),
  number                 int,
  notation               varchar(80),
  issued_on              date,
  issued_at              timestamptz,
  arrival_number         int,
  arrived_at             timestamptz,
  author_agency_id       bigint,
  author_name            varchar(300),
  author_code            varchar(30),
  original_notation      varchar(80),
  original_date          date,
  source_document_id     bigint references document (id),
  deadline               date,
  completed_at           timestamptz,
  reply_to_id            bigint references document (id),
  replaced_by_id         bigint references document (id),
  related_dossier_code   varchar(40),
  search_folded          text not null default '',
  text_folded            text not null default '',
  created_at             timestamptz not null default now(),
  updated_at             timestamptz not null default now(),
  version                int not null default 0,
  constraint document_number_uk unique (register_id, number),
  constraint document_arrival_uk unique (register_id, arrival_number)
);
create index document_agency_idx on document (agency_id, direction, id desc);
create index document_agency_status_idx on document (agency_id, status, id desc);
create index document_search_idx on document using gin (search_folded gin_trgm_ops);
create index document_text_idx on document using gin (text_folded gin_trgm_ops);
create index document_deadline_idx on document (agency_id, deadline) where completed_at is null and deadline is not null;

-- Who the document goes to: another agency of this installation (delivered directly) or outside
-- (through the exchange module), and what became of it.
create table document_recipient (
  id                    bigserial primary key,
  document_id           bigint not null references document (id) on delete cascade,
  internal              boolean not null,
  agency_id             bigint,
  name                  varchar(300) not null,
  code                  varchar(30),
  status                varchar(12) not null default 'PENDING',
  delivered_at          timestamptz,
  incoming_document_id  bigint references document (id)
);
create index document_recipient_document_idx on document_recipient (document_id);

-- The files of a document: the draft's versions, the appendices, the scans of a paper document.
create table document_file (
  id          bigserial primary key,
  document_id bigint not null references document (id) on delete cascade,
  kind        varchar(12) not null check (kind in ('DRAFT', 'APPENDIX', 'SCAN')),
  seq         int not null,
  sha256      char(64) not null,
  file_name   varchar(200) not null,
  media_type  varchar(120) not null,
  size        bigint not null,
  note        text,
  created_by  varchar(100) not null,
  created_at  timestamptz not null default now()
);
create index document_file_document_idx on document_file (document_id, kind, seq);

-- Handlers of an incoming document (main, co-handlers, for information) and their progress.
create table document_assignment (
  id            bigserial primary key,
  document_id   bigint not null references document (id) on delete cascade,
  account_id    bigint not null,
  username      varchar(100) not null,
  full_name     varchar(200) not null,
  role          varchar(12) not null check (role in ('MAIN', 'CO', 'INFO')),
  assigned_by   varchar(100) not null,
  assigned_at   timestamptz not null default now(),
  progress      text,
  completed_at  timestamptz,
  constraint document_assignment_uk unique (document_id, account_id)
);
create index document_assignment_account_idx on document_assignment (username, document_id);

-- Everything that happened to a document: the history shown on its page.
create table document_event (
  id          bigserial primary key,
  document_id bigint not null references document (id) on delete cascade,
  at          timestamptz not null default now(),
  action      varchar(40) not null,
  actor       varchar(100) not null,
  actor_name  varchar(200),
  note        text
);
create index document_event_document_idx on document_event (document_id, id);
