-- Signing keys of agencies generated for the demo (a production agency configures its own
-- PKCS#12 keystore instead). Kept in the database so every instance signs with the same key.
create table pdf_signing_key (
  agency_id  bigint primary key,
  keystore   bytea not null,
  password   varchar(100) not null,
  subject    varchar(300) not null,
  created_at timestamptz not null default now()
);
