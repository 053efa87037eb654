package vn.minhbach.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields, separated by unit separators. */
final class AuditHashing {

	static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	static String hash(String previousHash, Instant occurredAt, String actor, String action, String objectType,
			String objectId, Long agencyId, String details, String remoteIp) {
		String canonical = String.join("\u001f", previousHash, occurredAt.toString(), nullSafe(actor), nullSafe(action),
				nullSafe(objectType), nullSafe(objectId), agencyId == null ? "" : agencyId.toString(), nullSafe(details),
				nullSafe(remoteIp));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(AuditEntry entry) {
		return hash(entry.previousHash(), entry.occurredAt(), entry.actor(), entry.action(), entry.objectType(),
				entry.objectId(), entry.agencyId(), entry.details(), entry.remoteIp());
	}

	private static String nullSafe(String text) {
		return text == null ? "" : text;
	}
}
