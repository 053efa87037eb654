-- Officers find dossiers by the applicant's name from the start of any word of it ("lan",
-- "thi lan", "nguyen thi lan" all find Nguyễn Thị Lan). Each dossier keeps one key per word of its
-- folded name, running to the end of the name ("nguyen thi lan", "thi lan", "lan"), in a btree
-- with the agency first: a search reads only the matching keys of its own agency, so its cost
-- follows the number of matches, not the size of the table. This replaces the trigram index,
-- whose posting lists for the common family and middle names (Nguyễn, Thị, Văn…) made every name
-- search read a large part of the index at a million dossiers.
-- Kept by a trigger, so every way of writing a dossier (the application, bulk loads) keeps it.

create table dossier_name_key (
  agency_id  bigint not null,
  name_key   text collate "C" not null,
  dossier_id bigint not null
);

create function dossier_name_keys(name text) returns setof text
  language sql immutable strict parallel safe as $$
    select array_to_string(w.words[i:], ' ')
    from (select regexp_split_to_array(btrim(name), '\s+') as words) w,
         generate_subscripts(w.words, 1) as i
    where btrim(name) <> ''
  $$;

create function dossier_name_key_sync() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.applicant_folded is not distinct from old.applicant_folded
     and new.agency_id is not distinct from old.agency_id then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    delete from dossier_name_key
    where agency_id = old.agency_id and dossier_id = old.id
      and name_key in (select dossier_name_keys(old.applicant_folded));
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into dossier_name_key (agency_id, name_key, dossier_id)
    select new.agency_id, k, new.id from dossier_name_keys(new.applicant_folded) k;
  end if;
  return null;
end
$$;

insert into dossier_name_key (agency_id, name_key, dossier_id)
select d.agency_id, k, d.id from dossier d, dossier_name_keys(d.applicant_folded) k;

create index dossier_name_key_idx on dossier_name_key (agency_id, name_key, dossier_id);

create trigger dossier_name_key_sync after insert or delete or update of applicant_folded, agency_id on dossier
  for each row execute function dossier_name_key_sync();

drop index dossier_applicant_folded_idx;
