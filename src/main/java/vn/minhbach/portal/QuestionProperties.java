package vn.minhbach.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public question form's protection against automated submissions, without CAPTCHA and
 * without any third-party service.
 *
 * @param minSeconds a form sent sooner than this after it was shown is refused (people need longer to write)
 * @param maxAge a form older than this is refused and shown again with a fresh token (what was typed is kept)
 * @param perHour submissions accepted per client address and hour
 * @param secret the key that signs form tokens; when blank, a random key is created once and kept in the database
 */
@ConfigurationProperties("minhbach.portal.questions")
public record QuestionProperties(@DefaultValue("3") int minSeconds, @DefaultValue("6h") Duration maxAge,
		@DefaultValue("10") int perHour, String secret) {
}
