/**
 * The append-only, hash-chained audit log: every state change and every login writes an entry
 * in the same transaction, each entry holding the SHA-256 of the one before, so that removing
 * or altering any entry is detected by verification. Reads of personal data (an officer opening
 * a dossier) wait outside the chain and are chained in batches within a second, without the
 * chain lock on the request (ADR 0004).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.audit;
