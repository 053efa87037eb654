/**
 * Exchange of official documents between installations as edXML packages (QCVN 102:2016/BTTTT):
 * the codec of packages and status messages, the directory of known agencies, a durable outbox
 * written with the issuance and delivered with retries, the signed receiving endpoint, and the
 * operations view of what is in flight.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "organization", "identity",
		"documents", "files", "pdf", "notification" })
package vn.minhbach.exchange;
