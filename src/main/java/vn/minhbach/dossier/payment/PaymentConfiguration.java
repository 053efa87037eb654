package vn.minhbach.dossier.payment;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.identity.IdentityProperties;

/** The gateways: the sandbox always (demo, tests), VNPAY when its merchant code is configured. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	SandboxGateway sandboxGateway(PaymentProperties properties, IdentityProperties identity) {
		URI bank = UriComponentsBuilder.fromUri(identity.publicUrl()).path("/payment/sandbox/pay").build().toUri();
		return new SandboxGateway(properties.sandboxSecret(), bank);
	}

	@Bean
	@ConditionalOnProperty("minhbach.payment.vnpay.tmn-code")
	VnpayGateway vnpayGateway(PaymentProperties properties) {
		return new VnpayGateway(properties.vnpay().tmnCode(), properties.vnpay().hashSecret(), properties.vnpay().payUrl());
	}
}
