package vn.minhbach.dossier.payment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateways: the sandbox always (demo, tests), VNPAY when its merchant code is configured. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	SandboxGateway sandboxGateway(PaymentProperties properties) {
		return new SandboxGateway(properties.sandboxSecret());
	}

	@Bean
	@ConditionalOnProperty("minhbach.payment.vnpay.tmn-code")
	VnpayGateway vnpayGateway(PaymentProperties properties) {
		return new VnpayGateway(properties.vnpay().tmnCode(), properties.vnpay().hashSecret(), properties.vnpay().payUrl());
	}
}
