/**
 * The agency's public portal: news with its editorial workflow, the information a government
 * portal must publish, visitor statistics, the map, the leaders' work calendar, and questions and
 * feedback from citizens with their published answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"calendar", "files", "notification", "documents", "catalog" })
package vn.minhbach.portal;
