package vn.minhbach.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.minhbach.IntegrationTest;
import vn.minhbach.organization.OrganizationDirectory;

/** Who may reach which page: allowed and refused cases per role and per agency. */
@IntegrationTest
class SecurityWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationDirectory organization;

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	Long agency(String code) {
		return organization.agencyByCode(code).orElseThrow().getId();
	}

	@Test
	void publicPagesAreOpenAndCarrySecureHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ủy ban nhân dân xã Tam Anh Nam")))
			.andExpect(content().string(containsString("0235.3592696")))
			.andExpect(content().string(containsString("Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		mvc.perform(get("/about")).andExpect(status().isOk()).andExpect(content().string(containsString("Nguyễn Văn Hùng")));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/?lang=en")).andExpect(content().string(containsString("Skip to main content")));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/staff")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
	}

	@Test
	void citizensCannotReachStaffPages() throws Exception {
		mvc.perform(get("/staff").with(user(demo("congdan.demo")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies").with(user(demo("congdan.demo")))).andExpect(status().isForbidden());
		mvc.perform(get("/account").with(user(demo("congdan.demo")))).andExpect(status().isOk());
	}

	@Test
	void staffWithoutAdministrationRolesCannotAdminister() throws Exception {
		mvc.perform(get("/staff").with(user(demo("motcua.tamanhnam")))).andExpect(status().isOk());
		mvc.perform(get("/admin/staff").with(user(demo("motcua.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/units").with(user(demo("quantri.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar").with(user(demo("quantri.tamanhnam")))).andExpect(status().isForbidden());
	}

	@Test
	void anAgencyAdministratorCannotSeeOrChangeAnotherAgency() throws Exception {
		Long commune = agency("000.08.17.H47");
		Long district = agency("000.00.17.H47");
		mvc.perform(get("/admin/agencies/{id}", commune).with(user(demo("quantri.tamanhnam")))).andExpect(status().isOk());
		mvc.perform(get("/admin/agencies/{id}", district).with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies/{id}/structure", district).with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/agencies/{id}/departments", district).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("code", "XAM")
			.param("name", "Bộ phận lấn quyền")
			.param("sortOrder", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/agencies/{id}/host", commune).with(user(demo("quantri.tamanhnam"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies").with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("000.08.17.H47")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("000.00.17.H47"))));
	}

	@Test
	void formsWithoutAValidCsrfTokenChangeNothingAndExplainTheExpiredSession() throws Exception {
		mvc.perform(post("/account/contact").with(user(demo("congdan2.demo"))).param("email", "x@example.vn"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/register").param("fullName", "X")).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/account/contact").with(user(demo("congdan2.demo"))).with(csrf().useInvalidToken())
			.param("email", "x@example.vn")).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("Phiên làm việc đã hết hạn")));
		org.assertj.core.api.Assertions.assertThat(users.loadUserByUsername("congdan2.demo")).isNotNull();
	}

	@Test
	void validationErrorsKeepTheInputAndExplainInVietnamese() throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Lê Thị Cúc")
			.param("citizenId", "12345")
			.param("phone", "0905111333")
			.param("email", "cuc@example.vn")
			.param("password", "Matkhau2026")
			.param("passwordConfirmation", "Matkhau2026")
			.param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số định danh cá nhân phải gồm 12 chữ số")))
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("value=\"Lê Thị Cúc\"", "value=\"cuc@example.vn\""))
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void apiTokensOpenTheApiAndBadTokensAreRefused() throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"admin\",\"password\":\"Demo@2026\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/agencies/000.08.17.H47").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Ủy ban nhân dân xã Tam Anh Nam"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"admin\",\"password\":\"sai-mat-khau\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("không đúng")));
		mvc.perform(get("/api/v1/agencies/nope").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies/999.99.99.H99"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Không tìm thấy cơ quan."));
	}

	@Test
	void loginSendsStaffToTheWorkspaceAndCitizensToTheirAccount() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "lanhdao.tamanhnam").param("password", "Demo@2026"))
			.andExpect(redirectedUrl("/staff"));
		mvc.perform(post("/login").with(csrf()).param("username", "congdan2.demo").param("password", "Demo@2026"))
			.andExpect(redirectedUrl("/citizen/dossiers"));
		mvc.perform(post("/login").with(csrf()).param("username", "congdan2.demo").param("password", "sai"))
			.andExpect(redirectedUrl("/login?error"));
	}
}
