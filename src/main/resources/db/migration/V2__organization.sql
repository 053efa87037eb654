-- Administrative units: a tree of any depth (province → [district] → commune; two levels since 2025).
create table organization_unit (
  id          bigserial primary key,
  parent_id   bigint references organization_unit (id),
  kind        varchar(20) not null,
  name        varchar(200) not null,
  code        varchar(20),
  legacy_code varchar(20),
  active      boolean not null default true,
  latitude    double precision,
  longitude   double precision,
  version     int not null default 0,
  constraint organization_unit_code_uk unique (code)
);
create index organization_unit_parent_idx on organization_unit (parent_id);

-- Agencies (cơ quan) with their electronic identification code (mã định danh, QCVN 102:2016).
create table organization_agency (
  id               bigserial primary key,
  unit_id          bigint not null references organization_unit (id),
  parent_agency_id bigint references organization_agency (id),
  code             varchar(13) not null,
  name             varchar(250) not null,
  short_name       varchar(50) not null,
  address          varchar(300),
  phone            varchar(30),
  email            varchar(200),
  website          varchar(200),
  latitude         double precision,
  longitude        double precision,
  functions        text,
  active           boolean not null default true,
  version          int not null default 0,
  constraint organization_agency_code_uk unique (code)
);
create index organization_agency_unit_idx on organization_agency (unit_id);

create table organization_department (
  id         bigserial primary key,
  agency_id  bigint not null references organization_agency (id),
  code       varchar(20) not null,
  name       varchar(200) not null,
  one_stop   boolean not null default false,
  sort_order int not null default 0,
  version    int not null default 0,
  constraint organization_department_code_uk unique (agency_id, code)
);

-- Positions (chức vụ) and who holds them; leaders are published on the portal.
create table organization_position (
  id            bigserial primary key,
  agency_id     bigint not null references organization_agency (id),
  department_id bigint references organization_department (id),
  title         varchar(200) not null,
  holder_name   varchar(200),
  account_id    bigint,
  leader        boolean not null default false,
  duties        text,
  sort_order    int not null default 0,
  version       int not null default 0
);
create index organization_position_agency_idx on organization_position (agency_id);

-- The agency whose public site this installation serves.
create table organization_site (
  id             int primary key default 1 check (id = 1),
  host_agency_id bigint not null references organization_agency (id)
);
