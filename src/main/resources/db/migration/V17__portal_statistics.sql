-- Visitor statistics of the public portal: one row per day, added to by every instance. Page views
-- are counted in memory and flushed every 30 seconds with an additive upsert, so no page view writes
-- to the database and several instances add up. Who the visitors are is never stored.
create table portal_visit_day (
  day        date primary key,
  visits     bigint not null default 0 check (visits >= 0),
  page_views bigint not null default 0 check (page_views >= 0)
);
