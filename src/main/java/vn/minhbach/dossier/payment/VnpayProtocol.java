package vn.minhbach.dossier.payment;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Building and reading VNPAY 2.1.0 messages; shared by the real adapter and the sandbox that imitates it. */
abstract class VnpayProtocol implements PaymentGateway {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	abstract String merchantCode();

	abstract String secret();

	abstract URI payUrl(URI siteUrl);

	@Override
	public URI paymentPage(PaymentOrder order, URI returnUrl, String clientIp, URI siteUrl) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("vnp_Version", "2.1.0");
		p.put("vnp_Command", "pay");
		p.put("vnp_TmnCode", merchantCode());
		p.put("vnp_Amount", String.valueOf(order.amountVnd() * 100));
		p.put("vnp_CurrCode", "VND");
		p.put("vnp_TxnRef", order.txnRef());
		p.put("vnp_OrderInfo", order.description());
		p.put("vnp_OrderType", "other");
		p.put("vnp_Locale", "vn");
		p.put("vnp_ReturnUrl", returnUrl.toString());
		p.put("vnp_IpAddr", clientIp == null ? "127.0.0.1" : clientIp);
		p.put("vnp_CreateDate", TIME.format(order.createdAt()));
		p.put("vnp_ExpireDate", TIME.format(order.createdAt().plusSeconds(15 * 60)));
		return URI.create(payUrl(siteUrl) + "?" + VnpaySigning.signedQuery(p, secret()));
	}

	@Override
	public Verification verify(Map<String, String> parameters) {
		boolean valid = VnpaySigning.verify(parameters, secret())
				&& merchantCode().equals(parameters.get("vnp_TmnCode"));
		long amount;
		try {
			amount = Long.parseLong(parameters.getOrDefault("vnp_Amount", "0")) / 100;
		}
		catch (NumberFormatException ex) {
			amount = -1;
			valid = false;
		}
		String response = parameters.get("vnp_ResponseCode");
		boolean success = "00".equals(response) && "00".equals(parameters.getOrDefault("vnp_TransactionStatus", "00"));
		return new Verification(valid, parameters.get("vnp_TxnRef"), amount, success,
				parameters.get("vnp_TransactionNo"), parameters.get("vnp_BankCode"), response);
	}
}
