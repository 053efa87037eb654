package vn.minhbach.portal;

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
 * The portal's messages named in its code (flash messages, errors, categories) exist in both
 * languages: the shared bundle test only looks for a few prefixes in the code.
 */
class PortalMessagesUnitTests {

	static final Pattern CODE_KEY = Pattern.compile("\"((?:portal|error)\\.[a-zA-Z0-9_.]+[a-zA-Z0-9_])\"");

	@Test
	void everyMessageThePortalCodeNamesExistsInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/minhbach/portal"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = CODE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		for (DisclosureCategory category : DisclosureCategory.values()) {
			used.add(category.messageKey());
		}
		assertThat(used).contains("portal.disclosure.published", "portal.disclosure.withdrawn", "error.notFound.disclosure");
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = new Properties();
			try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", name)),
					StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			assertThat(bundle.stringPropertyNames()).as(name).containsAll(used);
		}
	}

	@Test
	void everyCategoryHasItsOwnPath() {
		for (DisclosureCategory category : DisclosureCategory.values()) {
			assertThat(DisclosureCategory.ofSlug(category.slug())).contains(category);
			assertThat(category.slug()).matches("[a-z-]+");
		}
		assertThat(DisclosureCategory.ofSlug("ngan-sach")).contains(DisclosureCategory.BUDGET);
		assertThat(DisclosureCategory.ofSlug("BUDGET")).isEmpty();
	}
}
