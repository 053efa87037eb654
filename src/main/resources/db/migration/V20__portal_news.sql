-- News of the public portal (tin tức): categories, articles with their editorial workflow,
-- every saved revision, and the images editors upload.

create table portal_category (
  id         bigserial primary key,
  agency_id  bigint not null,
  slug       varchar(100) not null,
  name       varchar(200) not null,
  sort_order int not null default 0,
  constraint portal_category_uk unique (agency_id, slug)
);

create table portal_article (
  id             bigserial primary key,
  agency_id      bigint not null,
  category_id    bigint not null references portal_category (id),
  slug           varchar(220) not null,
  title          varchar(300) not null,
  summary        text not null default '',
  body_html      text not null default '',
  cover_image_id bigint,
  tags           varchar(500) not null default '',
  featured       boolean not null default false,
  status         varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'UNPUBLISHED')),
  author         varchar(100) not null,
  author_name    varchar(200) not null,
  publish_at     timestamptz,
  published_at   timestamptz,
  reviewed_by    varchar(100),
  review_comment text,
  view_count     bigint not null default 0,
  search_folded  text not null default '',
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  version        int not null default 0,
  constraint portal_article_slug_uk unique (agency_id, slug)
);
create index portal_article_public_idx on portal_article (agency_id, published_at desc, id desc) where status = 'PUBLISHED';
create index portal_article_category_idx on portal_article (category_id, published_at desc, id desc) where status = 'PUBLISHED';
create index portal_article_search_idx on portal_article using gin (search_folded gin_trgm_ops);

create table portal_article_revision (
  id         bigserial primary key,
  article_id bigint not null references portal_article (id) on delete cascade,
  seq        int not null,
  title      varchar(300) not null,
  summary    text not null,
  body_html  text not null,
  edited_by  varchar(100) not null,
  edited_at  timestamptz not null default now(),
  note       varchar(300),
  constraint portal_article_revision_uk unique (article_id, seq)
);

-- An uploaded image in three sizes (the original is kept, resized copies are served).
create table portal_image (
  id            bigserial primary key,
  agency_id     bigint not null,
  original_sha  char(64) not null,
  large_sha     char(64) not null,
  thumb_sha     char(64) not null,
  width         int not null,
  height        int not null,
  alt           varchar(300) not null default '',
  uploaded_by   varchar(100) not null,
  uploaded_at   timestamptz not null default now()
);
create index portal_image_sha_idx on portal_image (large_sha);
create index portal_image_thumb_idx on portal_image (thumb_sha);
