package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the templates and the code use exists in both languages, and both bundles
 * hold the same keys, so no page ever shows a raw key or falls back to the wrong language.
 */
class MessageBundleTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]+)[}(]");

	static final Pattern FRAGMENT_ARGUMENT_KEY = Pattern.compile("'((?:error|register|account|login|password|units|agencies|structure|staff|calendar|about)\\.[a-zA-Z0-9_.]+)'");

	static final Pattern CODE_KEY = Pattern.compile("\"((?:error|audit\\.broken|mail|login|register|password|account|staff|admin|calendar|dossier|notice|verify)\\.[a-zA-Z0-9_.]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedExistsInTheBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		collect(TEMPLATES, TEMPLATE_KEY, used);
		collect(TEMPLATES, FRAGMENT_ARGUMENT_KEY, used);
		collect(SOURCES, CODE_KEY, used);
		assertThat(used).hasSizeGreaterThan(150);
		Properties vietnamese = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		assertThat(used).allSatisfy(key -> {
			assertThat(vietnamese).as("Vietnamese bundle").containsKey(key);
			assertThat(english).as("English bundle").containsKey(key);
		});
	}

	@Test
	void enumerationsHaveAMessageForEveryValue() throws IOException {
		Properties vietnamese = bundle("messages.properties");
		for (var role : vn.minhbach.shared.Role.values()) {
			assertThat(vietnamese).containsKeys("role." + role, "role." + role + ".description");
		}
		for (var kind : vn.minhbach.organization.UnitKind.values()) {
			assertThat(vietnamese).containsKey(kind.messageKey());
		}
		for (var kind : vn.minhbach.calendar.DayKind.values()) {
			assertThat(vietnamese).containsKey("calendar.kind." + kind);
		}
		for (var day : java.time.DayOfWeek.values()) {
			assertThat(vietnamese).containsKey("weekday." + day);
		}
	}

	/**
	 * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quoted
	 * section and swallows the placeholders after it ("agency's {0}" would show "{0}").
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = bundle(name);
			Set<String> broken = new TreeSet<>();
			for (String key : bundle.stringPropertyNames()) {
				String message = bundle.getProperty(key);
				if (message.matches("(?s).*\\{\\d.*") && loneApostrophe.matcher(message).find()) {
					broken.add(key);
				}
			}
			assertThat(broken).as("messages of %s with a lone apostrophe and arguments", name).isEmpty();
			Set<String> doubled = new TreeSet<>();
			for (String key : bundle.stringPropertyNames()) {
				String message = bundle.getProperty(key);
				if (!message.matches("(?s).*\\{\\d.*") && message.contains("''")) {
					doubled.add(key);
				}
			}
			assertThat(doubled).as("messages of %s without arguments are shown as written: no doubled apostrophe", name)
				.isEmpty();
		}
	}

	private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!key.endsWith(".")) {
						into.add(key);
					}
				}
			}
		}
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
