package vn.minhbach.identity;

/** API paths readable without a token (public data). Modules with public API reads add them here. */
final class ApiPaths {

	static final String[] PUBLIC_READS = { "/api/v1/agencies", "/api/v1/agencies/**", "/api/v1/calendar/**",
			"/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/dossiers/*/status", "/api/v1/portal/agency",
			"/api/v1/portal/statistics", "/api/v1/portal/disclosures", "/api/v1/portal/legal-documents" };

	private ApiPaths() {
	}
}
