package vn.minhbach.dossier.payment;

import java.net.URI;

/**
 * The real VNPAY adapter, configured with the merchant code and secret the bank issues
 * ({@code minhbach.payment.vnpay.*}); payments go to VNPAY's payment page and VNPAY calls the
 * IPN address {@code /payment/ipn/vnpay} server to server.
 */
public class VnpayGateway extends VnpayProtocol {

	private final String merchantCode;

	private final String secret;

	private final URI payUrl;

	public VnpayGateway(String merchantCode, String secret, URI payUrl) {
		this.merchantCode = merchantCode;
		this.secret = secret;
		this.payUrl = payUrl;
	}

	@Override
	public String id() {
		return "vnpay";
	}

	@Override
	public boolean sandbox() {
		return false;
	}

	@Override
	String merchantCode() {
		return merchantCode;
	}

	@Override
	String secret() {
		return secret;
	}

	@Override
	URI payUrl(URI siteUrl) {
		return payUrl;
	}
}
