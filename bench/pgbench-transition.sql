-- One dossier transition (a FORWARD) as rows, in one transaction like the product's: the dossier
-- row (version), the finished step, the next step, a history entry and a hash-chained audit entry
-- under the chain head's row lock. pgbench -f bench/pgbench-transition.sql -D dossiers=N -D steps=M
\set d random(1, :dossiers)
\set s random(1, :steps)
BEGIN;
UPDATE bench_limit.dossier SET version = version + 1, updated_at = now() WHERE bn = :d;
UPDATE bench_limit.dossier_step SET status = 'DONE', finished_at = now(), outcome = 'FORWARDED', note = 'Hồ sơ hợp lệ, đề nghị xử lý' WHERE bn = :s;
INSERT INTO bench_limit.dossier_step (id, dossier_id, seq, position, name, role, department_id, kind, share_days, status, assignee, assignee_name, handed_by, handed_by_name, started_at, taken_at, due_date, finished_at, outcome, note)
  SELECT nextval('bench_limit.ids'), nextval('bench_limit.ids'), seq, position, name, role, department_id, kind, share_days, 'ACTIVE', null, null, 'chuyenvien.tamanhnam', 'Chuyên viên', now(), null, due_date, null, null, null FROM bench_limit.step_tpl;
INSERT INTO bench_limit.dossier_history (id, dossier_id, at, action, from_status, to_status, actor, actor_name, note, visible)
  SELECT nextval('bench_limit.ids'), :d, now(), 'FORWARD', 'IN_PROCESS', 'AWAITING_APPROVAL', actor, actor_name, 'Hồ sơ hợp lệ, đề nghị xử lý', true FROM bench_limit.history_tpl;
SELECT last_hash FROM bench_limit.audit_chain_head WHERE id = 1 FOR UPDATE;
INSERT INTO bench_limit.audit_entry (id, occurred_at, actor, action, object_type, object_id, agency_id, details, remote_ip, prev_hash, hash)
  SELECT nextval('bench_limit.ids'), now(), 'chuyenvien.tamanhnam', 'DOSSIER_FORWARDED', 'dossier', :d::text, 3,
         '{"code":"000.08.17.H47-261127-0002","from":"IN_PROCESS","to":"AWAITING_APPROVAL"}', '127.0.0.1', h.last_hash,
         encode(sha256(convert_to(h.last_hash || :d::text || now()::text, 'UTF8')), 'hex')
  FROM bench_limit.audit_chain_head h WHERE h.id = 1;
UPDATE bench_limit.audit_chain_head SET last_id = currval('bench_limit.ids'),
  last_hash = encode(sha256(convert_to(last_hash || currval('bench_limit.ids')::text, 'UTF8')), 'hex') WHERE id = 1;
END;
