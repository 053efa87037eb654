package vn.minhbach.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar minhbach.jar --audit-verify} (or
 * {@code mvn spring-boot:run -Dspring-boot.run.arguments=--audit-verify}): verifies the chain and
 * logs the result; the application then exits with this command's code, 0 when intact and 1 when
 * broken.
 */
@Component
class AuditVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

	private final AuditLog audit;

	private int exitCode;

	AuditVerificationCommand(AuditLog audit) {
		this.audit = audit;
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
		exitCode = result.intact() ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
