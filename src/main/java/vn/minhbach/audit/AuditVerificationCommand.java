package vn.minhbach.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar minhbach.jar --audit-verify} (or
 * {@code mvn spring-boot:run -Dspring-boot.run.arguments=--audit-verify}): verifies the chain,
 * prints the result and exits with 0 when intact, 1 when broken.
 */
@Component
class AuditVerificationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

	private final AuditLog audit;

	private final ConfigurableApplicationContext context;

	AuditVerificationCommand(AuditLog audit, ConfigurableApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("audit-verify")) {
			return;
		}
		ChainVerification result = audit.verify();
		if (result.intact()) {
			log.info("Audit chain intact: {} entries verified", result.entriesChecked());
		}
		else {
			log.error("Audit chain BROKEN at entry {}: {} ({} entries read)", result.firstBrokenId(), result.reason(),
					result.entriesChecked());
		}
		int status = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> status));
	}
}
