/**
 * The catalog of administrative procedures (thủ tục hành chính): everything the law requires to
 * be public about a procedure, the e-form schema citizens fill, how far it can be done online,
 * and the agency that handles it; Vietnamese search with or without diacritics and tolerant of
 * one-letter typos; import and export as JSON (the seed of 31 commune procedures is imported
 * the same way).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "organization", "identity", "files", "calendar", "pdf" })
package vn.minhbach.catalog;
