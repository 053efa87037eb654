-- Append-only, hash-chained audit log: each entry holds the SHA-256 of the previous one.
create table audit_entry (
  id          bigserial primary key,
  occurred_at timestamptz not null,
  actor       varchar(100) not null,
  action      varchar(60) not null,
  object_type varchar(40),
  object_id   varchar(100),
  agency_id   bigint,
  details     text,
  remote_ip   varchar(64),
  prev_hash   char(64) not null,
  hash        char(64) not null
);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (actor, id);
create index audit_entry_agency_idx on audit_entry (agency_id, id);

-- One row, locked by each writer, so entries chain in a single order across instances.
create table audit_chain_head (
  id        int primary key default 1 check (id = 1),
  last_id   bigint not null,
  last_hash char(64) not null
);
insert into audit_chain_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));

create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
  for each statement execute function audit_entry_append_only();
