/**
 * Dossiers (hồ sơ): a citizen's online submission — draft, e-form answers, papers, submission
 * with its dossier code, fee payment through a payment gateway, public tracking, supplement
 * answers, result and rating — and the one-stop back office: reception (online or in person,
 * routed to the competent agency), the procedure's workflow steps with their deadlines and the
 * process-control record, consultations, approval with the signed result, supplement requests
 * that stop the clock, the apology with a new date, the stop notice, the return of the result
 * and the officers' lists (keyset-paged; the applicant's name found from the start of any of its
 * words through per-agency keys kept by a trigger). The official one-stop forms are editable
 * templates rendered as signed PDFs. An officer opening a dossier is recorded in the audit log as
 * a read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"calendar", "catalog", "files", "notification", "pdf" })
package vn.minhbach.dossier;
