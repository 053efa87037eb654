package vn.minhbach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.minhbach.shared.CitizenId;
import vn.minhbach.shared.Role;

class AccountUnitTests {

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	@Test
	void locksAfterTheThresholdOfFailuresInARowAndUnlocksLater() {
		Account account = Account.staff("motcua.test", "Người Thử", "{noop}x", NOW);
		for (int i = 1; i < 5; i++) {
			assertThat(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
		}
		assertThat(account.lockedAt(NOW)).isFalse();
		assertThat(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isTrue();
		assertThat(account.lockedAt(NOW.plusSeconds(60))).isTrue();
		assertThat(account.lockedAt(NOW.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() {
		Account account = Account.staff("motcua.test", "Người Thử", "{noop}x", NOW);
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		account.recordSuccessfulLogin(NOW);
		assertThat(account.getFailedAttempts()).isZero();
		assertThat(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
		assertThat(account.getLastLoginAt()).isEqualTo(NOW);
	}

	@Test
	void staffRolesAreHeldInAnAgency() {
		Account account = Account.staff("lanhdao.test", "Người Thử", "{noop}x", NOW);
		account.grant(Role.LEADER, 3L, null);
		account.grant(Role.LEADER, 3L, 7L);
		assertThat(account.getRoles()).containsExactly(new RoleAssignment(Role.LEADER, 3L, 7L));
		assertThat(account.holds(Role.LEADER, 3L)).isTrue();
		assertThat(account.holds(Role.LEADER, 2L)).isFalse();
		assertThatThrownBy(() -> RoleAssignment.of(Role.CLERK, null, null)).isInstanceOf(IllegalArgumentException.class);
		account.revoke(Role.LEADER, 3L);
		assertThat(account.getRoles()).isEmpty();
	}

	@Test
	void citizensHoldTheCitizenRoleAndNoStaffRole() {
		Account citizen = Account.citizen("049090001234", "Nguyễn Văn An", new CitizenId("049090001234"), "{noop}x", NOW);
		assertThat(citizen.getRoles()).containsExactly(new RoleAssignment(Role.CITIZEN, null, null));
		assertThatThrownBy(() -> citizen.grant(Role.LEADER, 1L, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void passwordPolicyExplainsTheFirstRuleBroken() {
		assertThat(PasswordPolicy.violation("short1")).contains("error.password.tooShort");
		assertThat(PasswordPolicy.violation("onlyletters")).contains("error.password.weak");
		assertThat(PasswordPolicy.violation("12345678")).contains("error.password.weak");
		assertThat(PasswordPolicy.violation("xx049090001234", "049090001234")).contains("error.password.personal");
		assertThat(PasswordPolicy.violation("Demo@2026", "congdan.demo")).isEmpty();
	}
}
