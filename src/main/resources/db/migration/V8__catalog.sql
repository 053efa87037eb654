create extension if not exists fuzzystrmatch;

-- Administrative procedures (thủ tục hành chính) of an agency, with their public information,
-- e-form schema and online level. Lists (fees, papers, legal basis) are JSON value objects.
create table catalog_procedure (
  id                  bigserial primary key,
  agency_id           bigint not null,
  code                varchar(30),
  name                varchar(500) not null,
  field               varchar(200) not null,
  level               varchar(12) not null,
  implementing_agency varchar(300),
  processing_days     int not null default 0,
  processing_count    varchar(10) not null default 'WORKING',
  processing_note     text,
  online_level        varchar(10) not null,
  channels            varchar(60) not null default '',
  fees                jsonb not null default '[]',
  papers              jsonb not null default '[]',
  result              text,
  conditions          text,
  legal_basis         jsonb not null default '[]',
  form_schema         jsonb not null,
  admin_note          text,
  source              text,
  published           boolean not null default false,
  published_at        timestamptz,
  search_folded       text not null,
  updated_at          timestamptz not null default now(),
  version             int not null default 0
);
create unique index catalog_procedure_agency_code_uk on catalog_procedure (agency_id, code) where code is not null;
create index catalog_procedure_search_idx on catalog_procedure using gin (search_folded gin_trgm_ops);
create index catalog_procedure_field_idx on catalog_procedure (field) where published;
