-- A short biography of the person holding a position, published on the portal for leaders.
alter table organization_position add column biography text;
