package vn.minhbach.exchange.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.Urgency;
import vn.minhbach.shared.VietnameseText;

/**
 * The code tables between our documents and edXML. QCVN 102:2016 leaves the codes of document
 * types ({@code DocumentType/Type}) and the values of {@code SteeringType} to the exchange axis,
 * and implementations differ, so they come from a table: {@value #RESOURCE} by default, any of
 * whose keys an installation may override for its axis ({@link #overriddenBy}). The priority
 * ({@code OtherInfo/Priority}) is fixed by the standard and mapped here too.
 * <p>
 * Immutable; a table that leaves a document type without code or name, or gives two types the
 * same code or name, is refused with {@link IllegalStateException}.
 */
public final class EdxmlCodes {

	/** The classpath resource of the default table. */
	public static final String RESOURCE = "exchange/edxml-codes.properties";

	private static final EdxmlCodes DEFAULTS = of(load());

	/** {@code SteeringType}: whether a document directs, and how. */
	public enum Steering {
		NOT_DIRECTIVE, DIRECTIVE, DIRECTIVE_REPORT
	}

	private final Properties table;

	private final Map<DocumentType, EdxmlPackage.DocType> types = new EnumMap<>(DocumentType.class);

	private final Map<String, DocumentType> byCode = new HashMap<>();

	private final Map<String, DocumentType> byName = new HashMap<>();

	private final Map<Steering, String> steering = new EnumMap<>(Steering.class);

	private final Map<String, Steering> steeringByValue = new HashMap<>();

	private EdxmlCodes(Properties table) {
		this.table = table;
		for (DocumentType type : DocumentType.values()) {
			String code = entry("documentType." + type.name() + ".code");
			String name = entry("documentType." + type.name() + ".name");
			types.put(type, new EdxmlPackage.DocType(code, name));
			unique(byCode.put(code, type), "code " + code);
			unique(byName.put(VietnameseText.fold(name), type), "name " + name);
		}
		for (Steering value : Steering.values()) {
			String code = entry("steeringType." + value.name());
			steering.put(value, code);
			unique(steeringByValue.put(code, value), "SteeringType " + code);
		}
	}

	/** The default table, {@value #RESOURCE}. */
	public static EdxmlCodes defaults() {
		return DEFAULTS;
	}

	/** A complete table with the keys of {@value #RESOURCE}. */
	public static EdxmlCodes of(Properties table) {
		Properties copy = new Properties();
		copy.putAll(table);
		return new EdxmlCodes(copy);
	}

	/** This table with some of its keys replaced, for an axis that uses other codes. */
	public EdxmlCodes overriddenBy(Properties overrides) {
		Properties merged = new Properties();
		merged.putAll(table);
		merged.putAll(overrides);
		return new EdxmlCodes(merged);
	}

	/** Reads a table in UTF-8, for {@link #of} or {@link #overriddenBy}. */
	public static Properties read(InputStream in) {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/** The code and name to write for one of our document types. */
	public EdxmlPackage.DocType documentType(DocumentType type) {
		return types.get(type);
	}

	/**
	 * Our document type for a received one: by its name (without regard to case and diacritics),
	 * else by its code. The name comes first because it means the same in every table, while the
	 * sender's codes may differ from ours ("18" is a công văn in one SDK, a hợp đồng here).
	 */
	public Optional<DocumentType> documentType(EdxmlPackage.DocType received) {
		if (received == null) {
			return Optional.empty();
		}
		DocumentType type = received.typeName() == null ? null : byName.get(VietnameseText.fold(received.typeName()));
		if (type == null && received.type() != null) {
			type = byCode.get(received.type());
		}
		return Optional.ofNullable(type);
	}

	/** The {@code SteeringType} value to write. */
	public String steeringType(Steering value) {
		return steering.get(value);
	}

	/** What a received {@code SteeringType} means, when the table knows the value. */
	public Optional<Steering> steering(String value) {
		return Optional.ofNullable(value == null ? null : steeringByValue.get(value.strip()));
	}

	/** {@code OtherInfo/Priority} of an urgency: normal 0, khẩn 1, thượng khẩn 2, hỏa tốc 3. */
	public static int priority(Urgency urgency) {
		return switch (urgency) {
			case NORMAL -> 0;
			case KHAN -> 1;
			case THUONG_KHAN -> 2;
			case HOA_TOC -> 3;
		};
	}

	/** The urgency of a priority 0–4; 4, hỏa tốc hẹn giờ (at a set time), is hỏa tốc. */
	public static Urgency urgency(int priority) {
		return switch (priority) {
			case 0 -> Urgency.NORMAL;
			case 1 -> Urgency.KHAN;
			case 2 -> Urgency.THUONG_KHAN;
			case 3, 4 -> Urgency.HOA_TOC;
			default -> throw new IllegalArgumentException("priority must be 0–4: " + priority);
		};
	}

	private String entry(String key) {
		String value = Values.clean(table.getProperty(key));
		if (value == null) {
			throw new IllegalStateException("edXML code table has no " + key);
		}
		return value;
	}

	private static void unique(Object previous, String what) {
		if (previous != null) {
			throw new IllegalStateException("edXML code table gives two entries the " + what);
		}
	}

	private static Properties load() {
		InputStream in = EdxmlCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("Missing " + RESOURCE);
		}
		return read(in);
	}
}
