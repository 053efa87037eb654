create table identity_account (
  id                  bigserial primary key,
  username            varchar(100) not null,
  kind                varchar(10) not null check (kind in ('STAFF', 'CITIZEN')),
  full_name           varchar(200) not null,
  email               varchar(200),
  phone               varchar(20),
  citizen_id          char(12),
  date_of_birth       date,
  gender              varchar(10),
  address             varchar(300),
  password_hash       varchar(255) not null,
  enabled             boolean not null default true,
  failed_attempts     int not null default 0,
  locked_until        timestamptz,
  created_at          timestamptz not null default now(),
  password_changed_at timestamptz not null default now(),
  last_login_at       timestamptz,
  version             int not null default 0
);
create unique index identity_account_username_uk on identity_account (lower(username));
create unique index identity_account_citizen_id_uk on identity_account (citizen_id) where citizen_id is not null;
create unique index identity_account_email_uk on identity_account (lower(email)) where email is not null;
create index identity_account_name_idx on identity_account using gin (f_unaccent(full_name) gin_trgm_ops);

-- A staff role is always held in an agency (SYSTEM_ADMIN: agency_id null, installation-wide).
create table identity_role_assignment (
  id            bigserial primary key,
  account_id    bigint not null references identity_account (id) on delete cascade,
  role          varchar(20) not null,
  agency_id     bigint,
  department_id bigint,
  constraint identity_role_assignment_uk unique nulls not distinct (account_id, role, agency_id)
);
create index identity_role_assignment_agency_idx on identity_role_assignment (agency_id, role);

create table identity_password_reset (
  token_hash char(64) primary key,
  account_id bigint not null references identity_account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz
);

-- Bearer tokens for /api/v1 clients; only a SHA-256 of the token is stored.
create table identity_api_token (
  token_hash   char(64) primary key,
  account_id   bigint not null references identity_account (id) on delete cascade,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  last_used_at timestamptz,
  revoked      boolean not null default false
);
create index identity_api_token_account_idx on identity_api_token (account_id);
