package vn.minhbach.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Chooses the adapters: real SMTP when {@code spring.mail.host} is set, otherwise a logging
 * adapter that writes each e-mail to the log (development and demo). SMS goes to the logging
 * adapter until a provider's adapter is configured.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

	@Bean
	MailPort mailPort(ObjectProvider<JavaMailSender> sender, Environment environment) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp != null && StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
			String from = environment.getProperty("minhbach.notification.from", "no-reply@minhbach.local");
			return (to, subject, body) -> {
				var message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(to);
				message.setSubject(subject);
				message.setText(body);
				smtp.send(message);
			};
		}
		return new LoggingMail();
	}

	@Bean
	SmsPort smsPort() {
		return (phone, text) -> log.info("SMS (logging adapter) to {}: {}", phone, text);
	}

	/** Development adapter: the e-mail is written to the log instead of being sent. */
	static class LoggingMail implements MailPort {

		@Override
		public void send(String to, String subject, String body) {
			log.info("E-MAIL (logging adapter, no spring.mail.host configured) to {}\nSubject: {}\n\n{}", to, subject, body);
		}
	}
}
