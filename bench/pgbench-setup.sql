-- The write limit: copies of the tables one dossier transition writes (same columns, same indexes,
-- up to 100 000 recent rows each) in schema bench_limit of the product's own database, for
-- bench/pgbench-transition.sql. Needs at least one dossier with a step (run the write scenario first).
drop schema if exists bench_limit cascade;
create schema bench_limit;
create sequence bench_limit.ids start 10000000000;
create table bench_limit.dossier as select * from public.dossier where status <> 'DRAFT' order by id desc limit 100000;
create table bench_limit.dossier_step as select * from public.dossier_step order by id desc limit 100000;
create table bench_limit.dossier_history as select * from public.dossier_history order by id desc limit 100000;
create table bench_limit.audit_entry as select * from public.audit_entry order by id desc limit 100000;
create table bench_limit.audit_chain_head as select * from public.audit_chain_head;
create table bench_limit.step_tpl as select * from public.dossier_step order by id desc limit 1;
create table bench_limit.history_tpl as select * from public.dossier_history order by id desc limit 1;
do $$
declare r record;
begin
  for r in select indexname, indexdef from pg_indexes where schemaname = 'public'
           and tablename in ('dossier', 'dossier_step', 'dossier_history', 'audit_entry', 'audit_chain_head') loop
    execute replace(replace(r.indexdef, ' ON public.', ' ON bench_limit.'), 'INDEX ' || r.indexname, 'INDEX bl_' || r.indexname);
  end loop;
end $$;
alter table bench_limit.dossier add column bn bigserial;
create unique index on bench_limit.dossier (bn);
alter table bench_limit.dossier_step add column bn bigserial;
create unique index on bench_limit.dossier_step (bn);
analyze bench_limit.dossier; analyze bench_limit.dossier_step; analyze bench_limit.audit_entry;
select (select count(*) from bench_limit.dossier) as dossiers, (select count(*) from bench_limit.dossier_step) as steps;
