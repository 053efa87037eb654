package vn.minhbach.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.shared.BusinessRuleViolation;

/**
 * The agencies' signing keys. An agency configured in {@code minhbach.signing.keystores} signs
 * with its PKCS#12 file; otherwise, when demo keys are allowed (the default), a self-signed key
 * is generated once for it and stored in the database, so that every instance signs alike.
 */
@Component
public class SigningKeys {

	private final JdbcClient jdbc;

	private final Properties properties;

	private final Map<Long, SigningKey> cache = new ConcurrentHashMap<>();

	SigningKeys(JdbcClient jdbc, Properties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Signing settings.
	 *
	 * @param keystores per agency identification code, a PKCS#12 file and its password
	 * @param generateDemoKeys whether an agency without a configured keystore gets a generated self-signed one
	 */
	@ConfigurationProperties("minhbach.signing")
	public record Properties(@DefaultValue Map<String, Keystore> keystores, @DefaultValue("true") boolean generateDemoKeys) {

		/** A PKCS#12 keystore: its path and password (the key's alias is its first entry). */
		public record Keystore(Path path, String password) {
		}
	}

	/** The agency's key; refused clearly when its keystore is missing or its password wrong. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public SigningKey forAgency(Long agencyId, String agencyCode, String agencyName) {
		SigningKey cached = cache.get(agencyId);
		if (cached != null) {
			return cached;
		}
		SigningKey key;
		Properties.Keystore configured = properties.keystores().get(agencyCode);
		if (configured != null) {
			try (InputStream in = Files.newInputStream(configured.path())) {
				key = load(in, configured.password());
			}
			catch (IOException ex) {
				throw new BusinessRuleViolation("error.signing.keystoreMissing", agencyCode);
			}
		}
		else {
			key = stored(agencyId).orElseGet(() -> generate(agencyId, agencyCode, agencyName));
		}
		cache.put(agencyId, key);
		return key;
	}

	/** The certificates of every agency key known to this installation. */
	public List<X509Certificate> knownCertificates() {
		List<X509Certificate> known = new ArrayList<>();
		cache.values().forEach(key -> known.add(key.certificate()));
		for (var row : jdbc.sql("select keystore, password from pdf_signing_key").query().listOfRows()) {
			known.add(load(new ByteArrayInputStream((byte[]) row.get("keystore")), (String) row.get("password")).certificate());
		}
		return known;
	}

	private Optional<SigningKey> stored(Long agencyId) {
		return jdbc.sql("select keystore, password from pdf_signing_key where agency_id = :agency")
			.param("agency", agencyId)
			.query((rs, n) -> load(new ByteArrayInputStream(rs.getBytes("keystore")), rs.getString("password")))
			.optional();
	}

	private SigningKey generate(Long agencyId, String agencyCode, String agencyName) {
		if (!properties.generateDemoKeys()) {
			throw new BusinessRuleViolation("error.signing.keystoreMissing", agencyCode);
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
				.addRDN(BCStyle.O, agencyName)
				.addRDN(BCStyle.OU, "Mã định danh " + agencyCode)
				.addRDN(BCStyle.CN, agencyName + " (chứng thư thử nghiệm Minh Bạch)")
				.build();
			Instant now = Instant.now().minus(1, ChronoUnit.DAYS);
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()), Date.from(now),
					Date.from(now.plus(3650, ChronoUnit.DAYS)), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(18));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("agency", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
			var out = new ByteArrayOutputStream();
			store.store(out, password.toCharArray());
			int inserted = jdbc.sql("""
					insert into pdf_signing_key (agency_id, keystore, password, subject) values (:agency, :keystore, :password, :subject)
					on conflict (agency_id) do nothing
					""")
				.param("agency", agencyId)
				.param("keystore", out.toByteArray())
				.param("password", password)
				.param("subject", subject.toString())
				.update();
			if (inserted == 0) {
				return stored(agencyId).orElseThrow();
			}
			return new SigningKey(pair.getPrivate(), List.of(certificate));
		}
		catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("Cannot generate a demo signing key", ex);
		}
	}

	/** Opens a PKCS#12 keystore; a wrong password is refused with a named rule. */
	static SigningKey load(InputStream in, String password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password == null ? null : password.toCharArray());
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias)) {
					PrivateKey key = (PrivateKey) store.getKey(alias, password.toCharArray());
					List<X509Certificate> chain = new ArrayList<>();
					for (Certificate certificate : store.getCertificateChain(alias)) {
						chain.add((X509Certificate) certificate);
					}
					return new SigningKey(key, chain);
				}
			}
			throw new BusinessRuleViolation("error.signing.noKey");
		}
		catch (IOException ex) {
			throw new BusinessRuleViolation("error.signing.wrongPassword");
		}
		catch (GeneralSecurityException ex) {
			throw new BusinessRuleViolation("error.signing.unreadable");
		}
	}
}
