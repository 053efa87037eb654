package vn.minhbach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Content-Security-Policy lets map tiles come from the configured tile server, and from nowhere else. */
class MapTilesPolicyUnitTests {

	@Test
	void imagesMayComeFromTheConfiguredTileServerOnly() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://tile.openstreetmap.org;")
			.contains("script-src 'self'")
			.doesNotContain("*.tile.openstreetmap.org");
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://bando.quangnam.gov.vn:8443/tiles/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://bando.quangnam.gov.vn:8443;");
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tile.example.vn/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://*.tile.example.vn;");
	}

	@Test
	void aBlankRelativeOrMalformedTemplateAddsNoSource() {
		for (String template : new String[] { null, "", "  ", "/tiles/{z}/{x}/{y}.png", "javascript:alert(1)",
				"https://evil.example; script-src *" }) {
			String policy = SecurityConfiguration.contentSecurityPolicy(template);
			assertThat(policy).as(String.valueOf(template)).contains("img-src 'self' data:;").doesNotContain("script-src *");
		}
	}
}
