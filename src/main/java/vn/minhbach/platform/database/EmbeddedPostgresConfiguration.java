package vn.minhbach.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

import vn.minhbach.platform.DatabaseMode;

/**
 * Starts a real PostgreSQL 17 from the binaries on the class path when no
 * {@code spring.datasource.url} is configured, so one command runs the whole product on a fresh
 * machine. Its data lives in {@code <minhbach.data-dir>/pg} and survives restarts; fsync and
 * synchronous commit are on (zonky's test defaults turn them off).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String DATABASE = "minhbach";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
		Path directory = properties.embeddedDataDirectory().toAbsolutePath();
		if (properties.embedded().clean()) {
			FileSystemUtils.deleteRecursively(directory);
		}
		boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
		Files.createDirectories(directory);
		log.info("Starting embedded PostgreSQL with data in {}{}", directory, fresh ? " (new cluster)" : "");
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.embedded().clean())
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", properties.embedded().sharedBuffers())
			.setServerConfig("fsync", properties.embedded().durable() ? "on" : "off")
			.setServerConfig("synchronous_commit", properties.embedded().durable() ? "on" : "off")
			.setServerConfig("full_page_writes", properties.embedded().durable() ? "on" : "off");
		if (properties.embedded().port() > 0) {
			builder.setPort(properties.embedded().port());
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres);
		return postgres;
	}

	@Bean
	DatabaseMode databaseMode(EmbeddedPostgres postgres) {
		return new DatabaseMode(true, "embedded PostgreSQL on port " + postgres.getPort());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
		var config = new HikariConfig();
		config.setPoolName("minhbach-embedded");
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(properties.poolSize());
		config.setMinimumIdle(2);
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		DataSource admin = postgres.getPostgresDatabase();
		try (var connection = admin.getConnection();
				var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, DATABASE);
			try (var result = check.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare the embedded database", ex);
		}
	}

	/** Active when {@code spring.datasource.url} is empty. */
	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
