/**
 * The append-only, hash-chained audit log: every state change and every login writes an entry
 * in the same transaction, each entry holding the SHA-256 of the one before, so that removing
 * or altering any entry is detected by verification.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.audit;
