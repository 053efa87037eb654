-- The leaders' weekly work calendar (lịch công tác tuần): events entered by the office, published
-- a week at a time; a change after publication stays visible as an adjustment (điều chỉnh).

create table portal_work_event (
  id             bigserial primary key,
  agency_id      bigint not null,
  day            date not null,
  starts_at      time not null,
  ends_at        time,
  -- the leaders as shown ("Chủ tịch UBND xã Nguyễn Văn Hùng; …"), and the positions chosen, by ID
  leaders        varchar(1000) not null,
  position_ids   bigint[] not null default '{}',
  other_leaders  varchar(500),
  content        varchar(2000) not null,
  place          varchar(500),
  participants   varchar(2000),
  preparing_unit varchar(300),
  cancelled      boolean not null default false,
  adjusted_at    timestamptz,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  version        int not null default 0,
  constraint portal_work_event_times check (ends_at is null or ends_at > starts_at)
);

create index portal_work_event_week_idx on portal_work_event (agency_id, day, starts_at);

-- A week is published (công bố) once; events of a published week are public.
create table portal_work_week (
  agency_id    bigint not null,
  monday       date not null,
  published_at timestamptz not null,
  published_by varchar(100) not null,
  primary key (agency_id, monday)
);
