package vn.minhbach.demo;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.platform.DatabaseMode;

/** Prints where the product runs, on which database, and the demo logins when the demo data is there. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final DatabaseMode database;

	private final AccountDirectory accounts;

	StartupBanner(Environment environment, DatabaseMode database, AccountDirectory accounts) {
		this.environment = environment;
		this.database = database;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		var text = new StringBuilder();
		text.append("\n\n  Minh Bạch đang chạy tại http://localhost:").append(port).append('\n');
		text.append("  Cơ sở dữ liệu: ").append(database.description()).append('\n');
		text.append("  Khởi động trong ").append(ManagementFactory.getRuntimeMXBean().getUptime()).append(" ms\n");
		if (accounts.findByUsername("admin").isPresent() && accounts.findByUsername("lanhdao.tamanhnam").isPresent()) {
			text.append("\n  Tài khoản demo (mật khẩu ").append(DemoAccounts.PASSWORD).append("):\n");
			text.append(String.format("    %-24s %s%n", "admin", "SYSTEM_ADMIN"));
			for (String suffix : DemoAccounts.AGENCY_SUFFIXES) {
				for (String[] staff : DemoAccounts.STAFF) {
					text.append(String.format("    %-24s %s%n", staff[0] + "." + suffix, staff[1]));
				}
			}
			for (String citizen : DemoAccounts.CITIZENS) {
				text.append(String.format("    %-24s %s%n", citizen, "CITIZEN"));
			}
		}
		log.info(text.toString());
	}
}
