package vn.minhbach.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the product keeps its data and how the embedded PostgreSQL runs.
 *
 * @param dataDir the root of everything stored on disk ({@code ./data} by default)
 * @param poolSize the maximum number of pooled connections to the embedded database
 * @param embedded settings of the embedded PostgreSQL
 */
@ConfigurationProperties("minhbach")
public record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("20") int poolSize,
		@DefaultValue Embedded embedded) {

	Path embeddedDataDirectory() {
		return dataDir.resolve("pg");
	}

	/**
	 * @param port a fixed port, or 0 for any free port
	 * @param durable fsync and synchronous commit on (off only for throw-away test clusters)
	 * @param clean wipe the data directory on start (tests)
	 * @param sharedBuffers PostgreSQL's {@code shared_buffers}
	 */
	public record Embedded(@DefaultValue("0") int port, @DefaultValue("true") boolean durable,
			@DefaultValue("false") boolean clean, @DefaultValue("128MB") String sharedBuffers) {
	}
}
