package vn.minhbach.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for login by user name, citizen ID or e-mail; upgrades old password hashes on login. */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	private final Clock clock;

	AccountDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String login) {
		return accounts.findByLogin(login.trim())
			.map(account -> new AccountPrincipal(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown login"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		Account account = accounts.findByUsername(user.getUsername()).orElseThrow();
		account.changePassword(newPassword, account.getPasswordChangedAt());
		accounts.save(account);
		return new AccountPrincipal(account, clock.instant());
	}
}
