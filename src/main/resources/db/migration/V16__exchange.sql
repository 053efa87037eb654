-- Exchange of documents between installations (edXML, QCVN 102:2016/BTTTT).

-- The directory of agencies this installation exchanges with: their electronic identification
-- code, name, the endpoint of their installation, and the certificate their packages are signed with.
create table exchange_peer (
  organ_id          varchar(30) primary key,
  name              varchar(300) not null,
  endpoint_url      varchar(500) not null,
  certificate_pem   text not null,
  active            boolean not null default true,
  last_success_at   timestamptz,
  unreachable_since timestamptz,
  updated_at        timestamptz not null default now()
);

-- Packages waiting to go out (documents and status messages), written in the transaction of the
-- issuance or of the step reported; delivered with retries until the peer acknowledges them.
create table exchange_outbox (
  id              bigserial primary key,
  kind            varchar(10) not null check (kind in ('DOCUMENT', 'STATUS')),
  sender_code     varchar(30) not null,
  recipient_code  varchar(30) not null,
  document_id     bigint,
  package_id      varchar(300) not null,
  payload         bytea,
  signature       bytea,
  created_at      timestamptz not null default now(),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null default now(),
  lease_until     timestamptz,
  last_error      text,
  delivered_at    timestamptz,
  constraint exchange_outbox_uk unique (kind, recipient_code, package_id)
);
create index exchange_outbox_due_idx on exchange_outbox (next_attempt_at) where delivered_at is null;

-- Packages received, each once (the sender may deliver a package again until it sees the
-- acknowledgement): the document it became here, or the status it reported.
create table exchange_inbox (
  id                  bigserial primary key,
  kind                varchar(10) not null check (kind in ('DOCUMENT', 'STATUS')),
  sender_code         varchar(30) not null,
  recipient_code      varchar(30) not null,
  package_id          varchar(300) not null,
  payload_sha256      char(64) not null,
  received_at         timestamptz not null default now(),
  document_id         bigint,
  code_number         varchar(20),
  code_notation       varchar(80),
  promulgation_date   date,
  constraint exchange_inbox_uk unique (kind, sender_code, recipient_code, package_id, payload_sha256)
);
create index exchange_inbox_document_idx on exchange_inbox (document_id);
