/**
 * Dossiers (hồ sơ): a citizen's online submission — draft, e-form answers, papers, submission
 * with its dossier code, fee payment through a payment gateway, public tracking, supplement
 * answers, result and rating — and, with the one-stop back office, its whole life at the agency.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"calendar", "catalog", "files", "notification", "pdf" })
package vn.minhbach.dossier;
