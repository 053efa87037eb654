package vn.minhbach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.audit.AuditLog;
import vn.minhbach.identity.CitizenRegistration.RegistrationCommand;
import vn.minhbach.identity.CitizenRegistration.RegistrationProblem;
import vn.minhbach.identity.StaffAdministration.RoleLine;
import vn.minhbach.identity.StaffAdministration.StaffCommand;
import vn.minhbach.notification.DeliveredMessage;
import vn.minhbach.notification.Notifications;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.SystemActor;

@IntegrationTest
class IdentityIntegrationTests {

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	CitizenRegistration registration;

	@Autowired
	PasswordResets resets;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffAdministration staff;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logsInWithUserNameCitizenIdOrEmail() {
		for (String login : List.of("congdan.demo", "049090001234", "CONGDAN.DEMO@minhbach.local")) {
			var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, "Demo@2026"));
			assertThat(((AccountPrincipal) result.getPrincipal()).getUsername()).isEqualTo("congdan.demo");
		}
	}

	@Test
	void locksTheAccountAfterFiveFailuresInARowAndRecordsIt() {
		Account account = newCitizen("049301000111", "khoa.thu@example.vn");
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> login("049301000111", "wrong-password1")).isInstanceOf(BadCredentialsException.class);
		}
		// even the right password is refused while locked
		assertThatThrownBy(() -> login("049301000111", "Matkhau2026")).isInstanceOf(LockedException.class);
		assertThat(audit.history("identity_account", account.getId().toString()))
			.extracting(entry -> entry.action())
			.contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void validatesRegistrationsFieldByField() {
		assertThatThrownBy(() -> registration.register(command("12345", "a@example.vn", "0905111222", "Matkhau2026")))
			.isInstanceOfSatisfying(RegistrationProblem.class, problem -> assertThat(problem.field()).isEqualTo("citizenId"));
		assertThatThrownBy(() -> registration.register(command("049301000222", "b@example.vn", "12", "Matkhau2026")))
			.isInstanceOfSatisfying(RegistrationProblem.class, problem -> assertThat(problem.field()).isEqualTo("phone"));
		assertThatThrownBy(() -> registration.register(command("049301000222", "b@example.vn", "0905111222", "short")))
			.isInstanceOfSatisfying(RegistrationProblem.class, problem -> assertThat(problem.field()).isEqualTo("password"));
		assertThatThrownBy(() -> registration.register(command("049090001234", "c@example.vn", "0905111222", "Matkhau2026")))
			.isInstanceOfSatisfying(RegistrationProblem.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("error.citizenId.taken"));
	}

	@Test
	void resetsAPasswordThroughAnEmailedLinkThatWorksOnce() throws Exception {
		newCitizen("049301000333", "quen.matkhau@example.vn");
		resets.request("quen.matkhau@example.vn", Locale.forLanguageTag("vi"));
		List<DeliveredMessage> mails = notifications.to("quen.matkhau@example.vn", 5);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).contains("Đặt lại mật khẩu");
		var matcher = Pattern.compile("token=([A-Za-z0-9_\\-]+)").matcher(mails.get(0).body());
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		assertThat(resets.valid(token)).isTrue();
		resets.reset(token, "MatkhauMoi2027", "MatkhauMoi2027");
		assertThat(login("049301000333", "MatkhauMoi2027").isAuthenticated()).isTrue();
		assertThat(resets.valid(token)).isFalse();
		assertThatThrownBy(() -> resets.reset(token, "MatkhauKhac2028", "MatkhauKhac2028"))
			.isInstanceOf(BusinessRuleViolation.class);
		// an unknown login gets no e-mail and no hint
		resets.request("khong.ton.tai@example.vn", Locale.forLanguageTag("vi"));
		assertThat(notifications.to("khong.ton.tai@example.vn", 5)).isEmpty();
	}

	@Test
	void issuesApiTokensStoredOnlyAsHashesAndRevokesThem() {
		var principal = (AccountPrincipal) login("motcua.tamanhnam", "Demo@2026").getPrincipal();
		var issued = tokens.issue(principal);
		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash = :raw")
			.param("raw", issued.token())
			.query(Long.class)
			.single()).isZero();
		var resolved = tokens.resolve(issued.token());
		assertThat(resolved).isPresent();
		assertThat(resolved.get().getAuthorities()).extracting(role -> role.role()).contains(Role.RECEPTION);
		assertThat(tokens.revoke(issued.token())).isTrue();
		assertThat(tokens.resolve(issued.token())).isEmpty();
		assertThat(tokens.resolve("not-a-token")).isEmpty();
	}

	@Test
	void anAgencyAdministratorManagesOnlyTheirOwnAgency() {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		Long district = organization.agencyByCode("000.00.17.H47").orElseThrow().getId();
		Account created = TestUsers.as(users, "quantri.tamanhnam", () -> staff.create(new StaffCommand("hotich2.tamanhnam",
				"Cán bộ Hộ tịch Hai", null, "0905000111", "Matkhau2026", List.of(new RoleLine(Role.SPECIALIST, commune, null)),
				null)));
		assertThat(created.holds(Role.SPECIALIST, commune)).isTrue();
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam",
				() -> staff.create(new StaffCommand("lan.sang.huyen", "Lấn Sang Huyện", null, null, "Matkhau2026",
						List.of(new RoleLine(Role.LEADER, district, null)), null))))
			.isInstanceOf(AccessDeniedInAgency.class);
		Long districtLeader = accounts.findByUsername("lanhdao.nuithanh").orElseThrow().getId();
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam", () -> staff.staffMember(districtLeader)))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam",
				() -> staff.create(new StaffCommand("tu.phong.admin", "Tự Phong", null, null, "Matkhau2026",
						List.of(new RoleLine(Role.SYSTEM_ADMIN, null, null)), null))))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThat(TestUsers.as(users, "quantri.tamanhnam", () -> staff.manageableStaff(null)))
			.extracting(Account::getUsername)
			.contains("lanhdao.tamanhnam", "hotich2.tamanhnam")
			.doesNotContain("lanhdao.nuithanh", "admin");
	}

	@Test
	void keepsRolesInOtherAgenciesWhenAnAgencyAdministratorEdits() {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		Long district = organization.agencyByCode("000.00.17.H47").orElseThrow().getId();
		Account both = SystemActor.call(() -> staff.create(new StaffCommand("kiemnhiem.test", "Kiêm Nhiệm", null, null,
				"Matkhau2026", List.of(new RoleLine(Role.SPECIALIST, commune, null), new RoleLine(Role.CLERK, district, null)),
				null)));
		Account edited = TestUsers.as(users, "quantri.tamanhnam", () -> staff.update(both.getId(),
				new StaffCommand("kiemnhiem.test", "Kiêm Nhiệm", null, null, null,
						List.of(new RoleLine(Role.LEADER, commune, null)), both.getVersion())));
		assertThat(edited.holds(Role.LEADER, commune)).isTrue();
		assertThat(edited.holds(Role.SPECIALIST, commune)).isFalse();
		assertThat(edited.holds(Role.CLERK, district)).isTrue();
	}

	@Test
	void disablingAnAccountEndsItsTokens() {
		Account account = SystemActor.call(() -> staff.create(new StaffCommand("tamnghi.test", "Tạm Nghỉ", null, null,
				"Matkhau2026", List.of(new RoleLine(Role.CLERK, organization.agencyByCode("000.08.17.H47").orElseThrow().getId(),
						null)), null)));
		var issued = tokens.issue((AccountPrincipal) login("tamnghi.test", "Matkhau2026").getPrincipal());
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		// a token just used is remembered for a few seconds: a change of roles reaches it at once
		assertThat(tokens.resolve(issued.token()).orElseThrow().getAuthorities()).extracting(role -> role.role())
			.containsExactly(Role.CLERK);
		SystemActor.run(() -> staff.update(account.getId(), new StaffCommand("tamnghi.test", "Tạm Nghỉ", null, null, null,
				List.of(new RoleLine(Role.RECEPTION, commune, null)), null)));
		assertThat(tokens.resolve(issued.token()).orElseThrow().getAuthorities()).extracting(role -> role.role())
			.containsExactly(Role.RECEPTION);
		SystemActor.run(() -> staff.setEnabled(account.getId(), false));
		assertThat(tokens.resolve(issued.token())).isEmpty();
		assertThatThrownBy(() -> login("tamnghi.test", "Matkhau2026"))
			.isInstanceOf(org.springframework.security.authentication.DisabledException.class);
	}

	private org.springframework.security.core.Authentication login(String username, String password) {
		return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private Account newCitizen(String citizenId, String email) {
		return registration.register(command(citizenId, email, "0905111222", "Matkhau2026"));
	}

	private static RegistrationCommand command(String citizenId, String email, String phone, String password) {
		return new RegistrationCommand("Người Thử Nghiệm", citizenId, LocalDate.of(2001, 1, 1), phone, email, password,
				password, true);
	}
}
