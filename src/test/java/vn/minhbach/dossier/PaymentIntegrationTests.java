package vn.minhbach.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.dossier.payment.PaymentProperties;
import vn.minhbach.dossier.payment.SandboxGateway;
import vn.minhbach.dossier.payment.VnpayGateway;
import vn.minhbach.dossier.payment.VnpaySigning;
import vn.minhbach.shared.BusinessRuleViolation;

@IntegrationTest
class PaymentIntegrationTests {

	@Autowired
	Payments payments;

	@Autowired
	DossierIntake intake;

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	PaymentProperties properties;

	@Autowired
	UserDetailsService users;

	@Autowired
	vn.minhbach.catalog.ProcedureCatalog catalog;

	DossierTestSupport support() {
		return new DossierTestSupport(intake, catalog, users);
	}

	@Test
	void aSignedCallbackPaysTheFeeOnceWithAReceipt() {
		Dossier dossier = support().submitted("congdan.demo", "2.000635");
		assertThat(dossier.getFeeAmount()).isEqualTo(8_000L);
		assertThat(dossier.payable()).isTrue();
		Map<String, String> request = startPayment(dossier);
		assertThat(sandbox.validRequest(request)).isTrue();
		assertThat(request.get("vnp_Amount")).isEqualTo("800000");

		Map<String, String> callback = sandbox.callbackFor(request, true, "14226112");
		assertThat(payments.notification("sandbox", callback).code()).isEqualTo("00");
		assertThat(payments.notification("sandbox", callback).code()).as("delivered twice").isEqualTo("02");

		Dossier paid = TestUsers.as(users, "congdan.demo", () -> intake.mine(dossier.getId()));
		assertThat(paid.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(paid.payable()).isFalse();
		var attempts = TestUsers.as(users, "congdan.demo", () -> payments.of(dossier.getId()));
		assertThat(attempts).singleElement().satisfies(p -> {
			assertThat(p.status()).isEqualTo(Payment.Status.PAID);
			assertThat(p.receiptNo()).matches("BL\\d{4}-\\d{7}");
			assertThat(p.gatewayTransactionNo()).isEqualTo("14226112");
		});
		assertThat(TestUsers.as(users, "congdan.demo", () -> intake.history(dossier.getId())))
			.extracting(HistoryEntry::action).contains("PAID");
	}

	@Test
	void aForgedOrWrongCallbackChangesNothing() {
		Dossier dossier = support().submitted("congdan2.demo", "2.000635");
		Map<String, String> request = startPayment(dossier);
		Map<String, String> callback = new LinkedHashMap<>(sandbox.callbackFor(request, true, "999"));

		Map<String, String> forged = new LinkedHashMap<>(callback);
		forged.put("vnp_Amount", "100");
		assertThat(payments.notification("sandbox", forged).code()).as("amount changed after signing").isEqualTo("97");

		Map<String, String> wrongAmount = new LinkedHashMap<>(callback);
		wrongAmount.put("vnp_Amount", "100");
		wrongAmount.put("vnp_SecureHash", VnpaySigning.sign(wrongAmount, properties.sandboxSecret()));
		assertThat(payments.notification("sandbox", wrongAmount).code()).as("signed but wrong amount").isEqualTo("04");

		Map<String, String> unknown = new LinkedHashMap<>(callback);
		unknown.put("vnp_TxnRef", "MB000000000000000000");
		unknown.put("vnp_SecureHash", VnpaySigning.sign(unknown, properties.sandboxSecret()));
		assertThat(payments.notification("sandbox", unknown).code()).isEqualTo("01");
		assertThat(payments.notification("nope", callback).code()).isEqualTo("99");

		Dossier unchanged = TestUsers.as(users, "congdan2.demo", () -> intake.mine(dossier.getId()));
		assertThat(unchanged.getPaymentStatus()).isEqualTo(PaymentStatus.UNPAID);
	}

	@Test
	void aCancelledPaymentLeavesTheDossierPayableLater() {
		Dossier dossier = support().submitted("congdan.demo", "2.000635");
		Map<String, String> first = startPayment(dossier);
		assertThat(payments.notification("sandbox", sandbox.callbackFor(first, false, "0")).code()).isEqualTo("00");
		Dossier afterCancel = TestUsers.as(users, "congdan.demo", () -> intake.mine(dossier.getId()));
		assertThat(afterCancel.getPaymentStatus()).isEqualTo(PaymentStatus.UNPAID);
		assertThat(afterCancel.payable()).isTrue();
		Map<String, String> second = startPayment(dossier);
		assertThat(second.get("vnp_TxnRef")).isNotEqualTo(first.get("vnp_TxnRef"));
		assertThat(payments.notification("sandbox", sandbox.callbackFor(second, true, "1")).code()).isEqualTo("00");
		assertThat(TestUsers.as(users, "congdan.demo", () -> intake.mine(dossier.getId())).getPaymentStatus())
			.isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void aDossierWithoutAFeeCannotBePaid() {
		Dossier free = support().submitted("congdan.demo", "1.004873");
		assertThatThrownBy(() -> TestUsers.run(users, "congdan.demo", () -> payments.start(free.getId(), "127.0.0.1")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.payment.notPayable"));
	}

	@Test
	void theVnpayAdapterSignsItsRedirectTheWayTheGatewayChecksIt() {
		var vnpay = new VnpayGateway("TESTMERCH", "SECRETKEY123", URI.create("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"));
		URI page = vnpay.paymentPage(new vn.minhbach.dossier.payment.PaymentOrder("MB1", 50_000, "LE PHI HO SO",
				java.time.Instant.parse("2026-11-27T02:00:00Z")), URI.create("https://dvc.example.vn/payment/return/vnpay"), "1.2.3.4",
				URI.create("https://dvc.example.vn"));
		Map<String, String> params = query(page);
		assertThat(params).containsEntry("vnp_TmnCode", "TESTMERCH").containsEntry("vnp_Amount", "5000000")
			.containsEntry("vnp_CreateDate", "20261127090000").containsEntry("vnp_Version", "2.1.0");
		assertThat(VnpaySigning.verify(params, "SECRETKEY123")).isTrue();
		assertThat(VnpaySigning.verify(params, "OTHERSECRET")).isFalse();
		// the canonical query is sorted and URL-encoded with '+' for spaces, as VNPAY's reference code does
		assertThat(VnpaySigning.canonicalQuery(Map.of("vnp_B", "a b", "vnp_A", "x/y"))).isEqualTo("vnp_A=x%2Fy&vnp_B=a+b");
	}

	private Map<String, String> startPayment(Dossier dossier) {
		URI page = TestUsers.as(users, dossier.getApplicant().citizenId().equals("049090001234") ? "congdan.demo"
				: "congdan2.demo", () -> payments.start(dossier.getId(), "127.0.0.1"));
		return query(page);
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> params = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri).build(true).getQueryParams().forEach((key, values) -> params.put(key,
				java.net.URLDecoder.decode(values.get(0), java.nio.charset.StandardCharsets.UTF_8)));
		return params;
	}
}
