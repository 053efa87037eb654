package vn.minhbach.platform.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.minhbach.platform.DatabaseMode;

/** Active when {@code spring.datasource.url} names an external PostgreSQL (Boot's DataSource is used). */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.ExternalDatabase.class)
class ExternalDatabaseConfiguration {

	@Bean
	DatabaseMode databaseMode(Environment environment) {
		return new DatabaseMode(false, "external PostgreSQL at " + environment.getProperty("spring.datasource.url"));
	}

	static class ExternalDatabase extends EmbeddedPostgresConfiguration.NoExternalDatabase {

		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return !super.matches(context, metadata);
		}
	}
}
