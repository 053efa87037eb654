package vn.minhbach;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Minh Bạch: online public services, one-stop back office and official documents for a
 * Vietnamese local administration, in one deployable application.
 *
 * <p>Run with no arguments to serve the web application. Run with {@code --audit-verify} to
 * check the audit hash chain and exit (status 0 when intact, 1 when broken).
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class Application {

	public static void main(String[] args) {
		var application = new SpringApplication(Application.class);
		if (Arrays.asList(args).contains("--audit-verify")) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}
}
