-- Outgoing messages are written in the transaction of the change that causes them and
-- delivered after commit by a dispatcher that claims rows (retried with back-off, never twice).
create table notification_message (
  id              bigserial primary key,
  channel         varchar(10) not null check (channel in ('EMAIL', 'SMS')),
  recipient       varchar(200) not null,
  subject         varchar(300),
  body            text not null,
  dedup_key       varchar(200),
  created_at      timestamptz not null default now(),
  status          varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error      text,
  sent_at         timestamptz
);
create unique index notification_message_dedup_uk on notification_message (dedup_key) where dedup_key is not null;
create index notification_message_pending_idx on notification_message (next_attempt_at) where status = 'PENDING';
