-- Reads (someone looked at personal data) waiting to be chained: a look is written here without
-- taking the chain lock, and AuditLog chains the waiting ones in order every half second, so
-- officers opening dossiers do not queue behind each other for the chain head.
create table audit_pending_read (
  id          bigserial primary key,
  occurred_at timestamptz not null,
  actor       varchar(100) not null,
  action      varchar(60) not null,
  object_type varchar(40),
  object_id   varchar(100),
  agency_id   bigint,
  details     text,
  remote_ip   varchar(64)
);
