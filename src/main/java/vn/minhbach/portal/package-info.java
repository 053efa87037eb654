/**
 * The agency's public portal: news with its editorial workflow, the information a government
 * portal must publish, visitor statistics, the map, the leaders' work calendar, and questions and
 * feedback from citizens with their published answers. Anonymous readers of the home page and
 * of articles are answered from a short-lived page cache in front of the filter chain
 * ({@code PublicPageCache}, ADR 0005); news lists and view totals are cached in memory for a few
 * seconds and emptied after every editorial change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"calendar", "files", "notification", "documents", "catalog" })
package vn.minhbach.portal;
