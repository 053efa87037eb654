-- Public disclosures of an agency (công khai): plans and reports, budget, public procurement and
-- other information the law asks it to publish, each a file uploaded by its administrator or editor.
create table portal_disclosure (
  id           bigserial primary key,
  agency_id    bigint not null,
  category     varchar(20) not null check (category in ('PLAN_REPORT', 'BUDGET', 'PROCUREMENT', 'OTHER')),
  title        varchar(300) not null,
  summary      text,
  published_on date not null,
  file_sha256  char(64) not null,
  file_name    varchar(200) not null,
  media_type   varchar(120) not null,
  file_size    bigint not null,
  created_by   varchar(100) not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  version      int not null default 0
);
-- the public list: an agency's disclosures of a category, newest first
create index portal_disclosure_list_idx on portal_disclosure (agency_id, category, published_on desc, id desc);
