package vn.minhbach;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a given demo user, with the roles Spring Security would give them at login. */
public final class TestUsers {

	private TestUsers() {
	}

	public static <T> T as(org.springframework.security.core.userdetails.UserDetailsService users, String username,
			Supplier<T> work) {
		var principal = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(org.springframework.security.core.userdetails.UserDetailsService users, String username,
			Runnable work) {
		as(users, username, () -> {
			work.run();
			return null;
		});
	}
}
