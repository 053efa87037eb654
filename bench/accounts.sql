-- Load-test accounts: N clones of the demo officers and citizen (same password, same roles),
-- named <user>.bNN with fixed ids 9 000 000 000 + role × 1000 + NN, so that each virtual user is
-- one person (parallel requests of one account collide, see bench/RESULTS.md). Idempotent.
--   psql -v clones=32 -f bench/accounts.sql
with base(role_no, username) as (
  values (1, 'motcua.tamanhnam'), (2, 'chuyenvien.tamanhnam'), (3, 'lanhdao.tamanhnam'),
         (4, 'vanthu.tamanhnam'), (5, 'congdan.demo')
), made as (
  insert into identity_account (id, username, kind, full_name, phone, date_of_birth, gender, address,
                                password_hash, enabled, version)
  select 9000000000 + b.role_no * 1000 + n, a.username || '.b' || lpad(n::text, 2, '0'), a.kind,
         a.full_name || ' ' || n, a.phone, a.date_of_birth, a.gender, a.address, a.password_hash, true, 0
  from base b join identity_account a on a.username = b.username, generate_series(1, :clones) n
  on conflict do nothing
  returning id
)
select count(*) as accounts_created from made;

insert into identity_role_assignment (account_id, role, agency_id, department_id)
select c.id, r.role, r.agency_id, r.department_id
from identity_account c
join identity_account a on c.username like a.username || '.b__' and c.id >= 9000000000
join identity_role_assignment r on r.account_id = a.id
on conflict do nothing;
