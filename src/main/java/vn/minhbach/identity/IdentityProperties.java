package vn.minhbach.identity;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and token policy.
 *
 * @param lockoutThreshold failed logins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param passwordResetValidity how long an e-mailed reset link works
 * @param apiTokenValidity how long a bearer token for /api/v1 works
 * @param publicUrl the address citizens use, for links in e-mails
 */
@ConfigurationProperties("minhbach.identity")
public record IdentityProperties(@DefaultValue("5") int lockoutThreshold, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("1h") Duration passwordResetValidity, @DefaultValue("8h") Duration apiTokenValidity,
		@DefaultValue("http://localhost:8080") URI publicUrl) {
}
