package vn.minhbach.dossier.payment;

import java.net.URI;
import java.util.Map;

/**
 * A payment gateway: where to send the applicant's browser to pay, and the verification of the
 * gateway's signed callback (the IPN, server to server) and return (the browser coming back).
 */
public interface PaymentGateway {

	/** The gateway's id in URLs and records ({@code vnpay}, {@code sandbox}). */
	String id();

	/** Whether it is a test gateway that moves no money. */
	boolean sandbox();

	/**
	 * The signed address of the gateway's payment page for an order.
	 *
	 * @param siteUrl the address the applicant reached this installation at (for gateways that live in it)
	 */
	URI paymentPage(PaymentOrder order, URI returnUrl, String clientIp, URI siteUrl);

	/** Checks the signature of a callback and reads what it says. */
	Verification verify(Map<String, String> parameters);
}
