package vn.minhbach.dossier.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing scheme of the VNPAY payment API (version 2.1.0), the most widely used Vietnamese
 * gateway: the {@code vnp_*} parameters sorted by name, URL-encoded, joined as a query string,
 * and signed with HMAC-SHA512 under the merchant's secret ({@code vnp_SecureHash}).
 */
public final class VnpaySigning {

	private VnpaySigning() {
	}

	/** The query string of the parameters (sorted, encoded), without the hash. */
	public static String canonicalQuery(Map<String, String> parameters) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("vnp_") && !e.getKey().equals("vnp_SecureHash")
					&& !e.getKey().equals("vnp_SecureHashType") && e.getValue() != null && !e.getValue().isEmpty())
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	public static String sign(Map<String, String> parameters, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(canonicalQuery(parameters).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code vnp_SecureHash} matches, compared in constant time. */
	public static boolean verify(Map<String, String> parameters, String secret) {
		String given = parameters.get("vnp_SecureHash");
		if (given == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(parameters, secret).getBytes(StandardCharsets.US_ASCII),
				given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	/** The parameters with their signature added, as a query string. */
	public static String signedQuery(Map<String, String> parameters, String secret) {
		return canonicalQuery(parameters) + "&vnp_SecureHash=" + sign(parameters, secret);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.US_ASCII).replace("%20", "+");
	}
}
