package vn.minhbach.dossier.payment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SANDBOX gateway for the demo and the tests: it speaks the VNPAY protocol (the same signed
 * redirect and signed callback, verified by the same code) but its "bank" is a page of this
 * application, {@code /payment/sandbox}, where the tester chooses to pay or cancel. No money
 * moves.
 */
public class SandboxGateway extends VnpayProtocol {

	public static final String MERCHANT = "MBSANDBOX";

	/** Where the sandbox bank lives in this application. */
	public static final String PATH = "/payment/sandbox/pay";

	private final String secret;

	public SandboxGateway(String secret) {
		this.secret = secret;
	}

	@Override
	public String id() {
		return "sandbox";
	}

	@Override
	public boolean sandbox() {
		return true;
	}

	@Override
	String merchantCode() {
		return MERCHANT;
	}

	@Override
	String secret() {
		return secret;
	}

	@Override
	URI payUrl(URI siteUrl) {
		return URI.create(siteUrl.toString().replaceAll("/$", "") + PATH);
	}

	/** Whether a payment request addressed to the sandbox bank carries a valid signature. */
	public boolean validRequest(Map<String, String> request) {
		return VnpaySigning.verify(request, secret) && MERCHANT.equals(request.get("vnp_TmnCode"));
	}

	/** The callback the sandbox bank sends after the tester paid ({@code paid}) or cancelled. */
	public Map<String, String> callbackFor(Map<String, String> request, boolean paid, String transactionNo) {
		Map<String, String> callback = new LinkedHashMap<>();
		callback.put("vnp_TmnCode", MERCHANT);
		callback.put("vnp_Amount", request.get("vnp_Amount"));
		callback.put("vnp_BankCode", "NCB");
		callback.put("vnp_OrderInfo", request.get("vnp_OrderInfo"));
		callback.put("vnp_PayDate", request.get("vnp_CreateDate"));
		callback.put("vnp_ResponseCode", paid ? "00" : "24");
		callback.put("vnp_TransactionNo", transactionNo);
		callback.put("vnp_TransactionStatus", paid ? "00" : "02");
		callback.put("vnp_TxnRef", request.get("vnp_TxnRef"));
		callback.put("vnp_SecureHash", VnpaySigning.sign(callback, secret));
		return callback;
	}
}
