package vn.minhbach.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed tokens for the public form: {@code v1.<random id>.<time shown, epoch seconds>.<HMAC-SHA256>}.
 * The signature proves the server issued the token at that time; the id lets a used token be
 * recognised. Nothing is stored when a form is shown.
 */
@Component
class FormTokens {

	private static final Pattern SHAPE = Pattern.compile("v1\\.([A-Za-z0-9_-]{22})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final QuestionProperties properties;

	private final Questions questions;

	private volatile byte[] key;

	FormTokens(QuestionProperties properties, Questions questions) {
		this.properties = properties;
		this.questions = questions;
	}

	/** A token read back: its id and when the form was shown. */
	record Token(String id, Instant issuedAt) {
	}

	String issue(Instant at) {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		String payload = "v1." + base64(id) + "." + at.getEpochSecond();
		return payload + "." + base64(sign(payload));
	}

	/** Reads a token, or refuses it as tampered when it is not one this installation signed. */
	Token read(String token) {
		var matcher = token == null ? null : SHAPE.matcher(token.trim());
		if (matcher == null || !matcher.matches()) {
			throw new SubmissionRefused(SubmissionRefused.Reason.TAMPERED);
		}
		String payload = "v1." + matcher.group(1) + "." + matcher.group(2);
		byte[] expected = sign(payload);
		byte[] given = Base64.getUrlDecoder().decode(matcher.group(3));
		if (!MessageDigest.isEqual(expected, given)) {
			throw new SubmissionRefused(SubmissionRefused.Reason.TAMPERED);
		}
		return new Token(matcher.group(1), Instant.ofEpochSecond(Long.parseLong(matcher.group(2))));
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			String secret = properties.secret();
			if (secret == null || secret.isBlank()) {
				byte[] candidate = new byte[32];
				RANDOM.nextBytes(candidate);
				secret = questions.formKey(base64(candidate));
			}
			current = secret.getBytes(StandardCharsets.UTF_8);
			key = current;
		}
		return current;
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
