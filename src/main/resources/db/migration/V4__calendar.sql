-- The yearly official schedule: days that differ from the weekly rule (holidays, compensatory
-- days off, swapped working days). Seeded from the statutory rules and the lunar calendar;
-- an administrator confirms or edits each year when the government publishes its notice.
create table calendar_year (
  year       int primary key,
  status     varchar(12) not null check (status in ('PROVISIONAL', 'OFFICIAL')),
  note       text,
  updated_at timestamptz not null default now()
);

create table calendar_day (
  day  date primary key,
  kind varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
  name varchar(200) not null
);
