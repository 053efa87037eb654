package vn.minhbach.dossier.payment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment gateways. The sandbox is on by default (demo); the VNPAY adapter is on when a
 * merchant code is configured.
 *
 * @param gateway which gateway citizens use: {@code sandbox} or {@code vnpay}
 * @param sandboxSecret the sandbox's signing secret
 * @param vnpay the VNPAY merchant settings
 */
@ConfigurationProperties("minhbach.payment")
public record PaymentProperties(@DefaultValue("sandbox") String gateway,
		@DefaultValue("minhbach-sandbox-secret-2026") String sandboxSecret, @DefaultValue Vnpay vnpay) {

	/**
	 * @param tmnCode merchant code (vnp_TmnCode)
	 * @param hashSecret merchant secret
	 * @param payUrl VNPAY's payment page
	 */
	public record Vnpay(String tmnCode, String hashSecret,
			@DefaultValue("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html") URI payUrl) {
	}
}
