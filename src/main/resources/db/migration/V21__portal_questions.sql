-- Questions and feedback from the public (hỏi đáp, phản ánh kiến nghị), their handling by the
-- agency's staff and the answers published on the portal without personal data.

create table portal_question (
  id                bigserial primary key,
  reference         varchar(20) not null unique,
  agency_id         bigint not null,
  kind              varchar(10) not null check (kind in ('QUESTION', 'FEEDBACK')),
  field             varchar(200),
  title             varchar(300) not null,
  content           text not null,
  asker_name        varchar(200) not null,
  asker_email       varchar(200),
  asker_phone       varchar(20),
  asker_account_id  bigint,
  channel           varchar(10) not null check (channel in ('ONLINE', 'DESK')),
  consent_at        timestamptz,
  submitted_at      timestamptz not null,
  status            varchar(10) not null check (status in ('NEW', 'ASSIGNED', 'ANSWERED', 'CLOSED')),
  department_id     bigint,
  assignee          varchar(100),
  assignee_name     varchar(200),
  -- the question as published: staff may shorten it or remove personal details the asker typed
  public_title      varchar(300) not null,
  public_content    text not null,
  answer            text,
  answered_by       varchar(100),
  answered_by_name  varchar(200),
  answered_at       timestamptz,
  published         boolean not null default false,
  published_at      timestamptz,
  closed_at         timestamptz,
  closing_note      varchar(1000),
  search_folded     text not null default '',
  version           int not null default 0,
  constraint portal_question_contact check (asker_email is not null or asker_phone is not null or channel = 'DESK'),
  constraint portal_question_published_answer check (not published or answer is not null)
);

-- the staff's queue: open items of an agency, oldest first
create index portal_question_open_idx on portal_question (agency_id, submitted_at) where status in ('NEW', 'ASSIGNED');
create index portal_question_agency_idx on portal_question (agency_id, id desc);
-- the public list, newest first, and its diacritics-insensitive search
create index portal_question_published_idx on portal_question (agency_id, published_at desc) where published;
create index portal_question_search_idx on portal_question using gin (search_folded gin_trgm_ops) where published;

-- Reference numbers HD-yyMMdd-NNNN / PA-yyMMdd-NNNN: one counter per day, taken under the row's lock.
create table portal_question_counter (
  day  date primary key,
  last int not null
);

-- The key that signs the public form's anti-spam tokens, created on first use (unless configured),
-- shared by every instance of the installation.
create table portal_form_key (
  id     int primary key check (id = 1),
  secret varchar(100) not null
);

-- Form tokens already used once: a replayed form is refused. Kept as long as a token is valid.
create table portal_form_token_used (
  token_id varchar(40) primary key,
  used_at  timestamptz not null
);
create index portal_form_token_used_at_idx on portal_form_token_used (used_at);

-- Fixed-window counter of public submissions per client address and hour.
create table portal_submission_throttle (
  client       varchar(64) not null,
  window_start timestamptz not null,
  count        int not null,
  primary key (client, window_start)
);
