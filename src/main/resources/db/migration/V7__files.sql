-- Content-addressed file store: the bytes live on disk under files/ab/cd/<sha256>.
create table files_blob (
  sha256     char(64) primary key,
  size       bigint not null check (size > 0),
  media_type varchar(120) not null,
  created_at timestamptz not null default now()
);
