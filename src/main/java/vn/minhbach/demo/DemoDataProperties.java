package vn.minhbach.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData {@code auto} (load on an empty embedded database), {@code always} (load on any
 *        empty database, e.g. an external one for a demo) or {@code never}
 */
@ConfigurationProperties("minhbach")
record DemoDataProperties(@DefaultValue("auto") String demoData) {

	boolean wanted(boolean embedded) {
		return switch (demoData.toLowerCase(java.util.Locale.ROOT)) {
			case "always", "true" -> true;
			case "never", "false" -> false;
			default -> embedded;
		};
	}
}
