package vn.minhbach.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Accounts extends ListCrudRepository<Account, Long> {

	/** By user name, citizen ID or e-mail: what a person may type in the login box. */
	@Query("""
			select * from identity_account
			where lower(username) = lower(:login) or citizen_id = :login or lower(email) = lower(:login)
			order by case when lower(username) = lower(:login) then 0 else 1 end
			limit 1
			""")
	Optional<Account> findByLogin(@Param("login") String login);

	@Query("select * from identity_account where lower(username) = lower(:username)")
	Optional<Account> findByUsername(@Param("username") String username);

	@Query("select exists (select 1 from identity_account where lower(username) = lower(:username))")
	boolean usernameTaken(@Param("username") String username);

	@Query("select exists (select 1 from identity_account where citizen_id = :citizenId)")
	boolean citizenIdTaken(@Param("citizenId") String citizenId);

	@Query("select exists (select 1 from identity_account where lower(email) = lower(:email))")
	boolean emailTaken(@Param("email") String email);

	@Query("""
			select distinct a.* from identity_account a join identity_role_assignment r on r.account_id = a.id
			where a.kind = 'STAFF' and r.agency_id = :agencyId order by a.full_name
			""")
	List<Account> findStaffOfAgency(@Param("agencyId") Long agencyId);

	@Query("select * from identity_account where kind = 'STAFF' order by full_name")
	List<Account> findAllStaff();
}
