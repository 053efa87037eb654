/**
 * Official documents (văn bản) under the clerical rules of Decree 30/2020: outgoing documents from
 * draft through review and a leader's approval to issuance — a number from the agency's register,
 * the final PDF stamped and signed with the agency's certificate, delivery to every recipient —
 * and incoming documents from arrival (delivered by another agency of the installation, or
 * registered from paper) through a leader's direction to the handlers' completion; yearly
 * registers with gapless numbering, their export as register books, and search over the text of
 * the documents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"calendar", "files", "pdf", "notification" })
package vn.minhbach.documents;
