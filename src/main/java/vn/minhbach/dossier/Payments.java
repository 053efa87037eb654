package vn.minhbach.dossier;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.dossier.payment.PaymentGateway;
import vn.minhbach.dossier.payment.PaymentOrder;
import vn.minhbach.dossier.payment.Verification;
import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.VietnameseText;

/**
 * Online payment of dossier fees. Each attempt is a row with our reference; the gateway's signed
 * IPN decides the outcome, after the signature, the reference and the amount are checked; a
 * callback that arrives twice changes nothing the second time. A failed or abandoned attempt
 * leaves the dossier as it was, payable again.
 */
@Service
public class Payments {

	private static final Logger log = LoggerFactory.getLogger(Payments.class);

	private static final DateTimeFormatter REF_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final DossierIntake intake;

	private final Map<String, PaymentGateway> gateways;

	private final PaymentGateway active;

	private final IdentityProperties identity;

	private final DossierNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	Payments(JdbcClient jdbc, Dossiers dossiers, DossierIntake intake, List<PaymentGateway> gateways,
			vn.minhbach.dossier.payment.PaymentProperties properties, IdentityProperties identity, DossierNotices notices,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.intake = intake;
		this.gateways = gateways.stream().collect(java.util.stream.Collectors.toMap(PaymentGateway::id, g -> g));
		this.active = this.gateways.getOrDefault(properties.gateway(), this.gateways.get("sandbox"));
		this.identity = identity;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** The answer to a gateway's IPN, in the gateway's own codes. */
	public record IpnAnswer(String code, String message) {
	}

	/** The gateway citizens are sent to. */
	public PaymentGateway activeGateway() {
		return active;
	}

	/** Starts a payment of the current citizen's dossier; returns the gateway page to send the browser to. */
	@Transactional
	public URI start(Long dossierId, String clientIp) {
		Dossier dossier = intake.mine(dossierId);
		if (!dossier.payable()) {
			throw new BusinessRuleViolation("error.payment.notPayable");
		}
		Instant now = clock.instant();
		String txnRef = "MB" + REF_TIME.format(now) + String.format("%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("""
				insert into dossier_payment (dossier_id, gateway, txn_ref, amount, status, created_at)
				values (:dossier, :gateway, :ref, :amount, 'PENDING', :now)
				""")
			.param("dossier", dossier.getId())
			.param("gateway", active.id())
			.param("ref", txnRef)
			.param("amount", dossier.getFeeAmount())
			.param("now", Timestamp.from(now))
			.update();
		String description = VietnameseText.fold("Le phi ho so " + dossier.getCode()).toUpperCase(java.util.Locale.ROOT);
		URI site = siteUrl();
		URI returnUrl = UriComponentsBuilder.fromUri(site).path("/payment/return/" + active.id()).build().toUri();
		return active.paymentPage(new PaymentOrder(txnRef, dossier.getFeeAmount(), description, now), returnUrl, clientIp,
				site);
	}

	/** The address the applicant reached us at (behind a proxy, from its forwarded headers), else the configured one. */
	private URI siteUrl() {
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
			return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
		}
		return identity.publicUrl();
	}

	/**
	 * Handles the gateway's server-to-server notification. Codes as the VNPAY API expects: 00
	 * confirmed, 01 unknown order, 02 already confirmed, 04 wrong amount, 97 bad signature.
	 */
	@Transactional
	public IpnAnswer notification(String gatewayId, Map<String, String> parameters) {
		PaymentGateway gateway = gateways.get(gatewayId);
		if (gateway == null) {
			return new IpnAnswer("99", "Unknown gateway");
		}
		Verification verification = gateway.verify(parameters);
		if (!verification.signatureValid()) {
			log.warn("Payment callback with a bad signature for {}", verification.txnRef());
			return new IpnAnswer("97", "Invalid signature");
		}
		Optional<Payment> found = byReference(verification.txnRef(), true);
		if (found.isEmpty() || !found.get().gateway().equals(gatewayId)) {
			return new IpnAnswer("01", "Order not found");
		}
		Payment payment = found.get();
		if (payment.amount() != verification.amountVnd()) {
			log.warn("Payment callback for {} with amount {} instead of {}", payment.txnRef(), verification.amountVnd(),
					payment.amount());
			return new IpnAnswer("04", "Invalid amount");
		}
		if (payment.status() != Payment.Status.PENDING) {
			return new IpnAnswer("02", "Order already confirmed");
		}
		Instant now = clock.instant();
		if (!verification.success()) {
			jdbc.sql("""
					update dossier_payment set status = 'FAILED', completed_at = :now, response_code = :code,
					  callback = :callback where id = :id
					""")
				.param("now", Timestamp.from(now))
				.param("code", verification.responseCode())
				.param("callback", parameters.toString())
				.param("id", payment.id())
				.update();
			return new IpnAnswer("00", "Confirm Success");
		}
		long receipt = jdbc.sql("select nextval('dossier_receipt_seq')").query(Long.class).single();
		String receiptNo = "BL" + now.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-" + String.format("%07d", receipt);
		jdbc.sql("""
				update dossier_payment set status = 'PAID', completed_at = :now, gateway_txn_no = :txn, bank_code = :bank,
				  response_code = :code, receipt_no = :receipt, callback = :callback where id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("txn", verification.gatewayTransactionNo())
			.param("bank", verification.bankCode())
			.param("code", verification.responseCode())
			.param("receipt", receiptNo)
			.param("callback", parameters.toString())
			.param("id", payment.id())
			.update();
		Dossier dossier = dossiers.byId(payment.dossierId()).orElseThrow();
		if (dossier.getPaymentStatus() == PaymentStatus.UNPAID) {
			dossier.markPaid();
			dossier = dossiers.save(dossier);
			dossiers.record(dossier.getId(), "PAID", null, null, "gateway:" + gatewayId, null,
					receiptNo + " – " + payment.amount() + " đ", true);
			audit.record(AuditRecord.of("DOSSIER_FEE_PAID", "dossier", dossier.getId().toString())
				.inAgency(dossier.getAgencyId())
				.by("gateway:" + gatewayId)
				.detail("receipt", receiptNo)
				.detail("amount", payment.amount()));
			notices.tell(dossier, "PAID", payment.id(), receiptNo);
		}
		return new IpnAnswer("00", "Confirm Success");
	}

	/** What the browser's return from the gateway says, once its signature is checked (the IPN decides). */
	@Transactional(readOnly = true)
	public Optional<Payment> returned(String gatewayId, Map<String, String> parameters) {
		PaymentGateway gateway = gateways.get(gatewayId);
		if (gateway == null) {
			return Optional.empty();
		}
		Verification verification = gateway.verify(parameters);
		if (!verification.signatureValid()) {
			return Optional.empty();
		}
		return byReference(verification.txnRef(), false);
	}

	/** The payment attempts of the current citizen's dossier, newest first. */
	@Transactional(readOnly = true)
	public List<Payment> of(Long dossierId) {
		Dossier dossier = intake.mine(dossierId);
		return jdbc.sql("select * from dossier_payment where dossier_id = :dossier order by id desc")
			.param("dossier", dossier.getId())
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * The desk records the fee paid in cash or by card at the counter, with a receipt number from
	 * the same series as online receipts.
	 */
	@Transactional
	public Payment recordAtDesk(Long dossierId, int seenVersion) {
		Dossier dossier = dossiers.byIdForUpdate(dossierId)
			.filter(d -> d.getStatus() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("error.notFound.dossier"));
		vn.minhbach.shared.Access.require(dossier.getAgencyId(), vn.minhbach.shared.Role.RECEPTION);
		if (dossier.getVersion() != seenVersion) {
			throw new vn.minhbach.shared.ConcurrentChange("dossier " + dossierId);
		}
		if (dossier.getPaymentStatus() != PaymentStatus.UNPAID || dossier.getFeeAmount() == null) {
			throw new vn.minhbach.shared.BusinessRuleViolation("error.payment.notPayable");
		}
		Instant now = clock.instant();
		long receipt = jdbc.sql("select nextval('dossier_receipt_seq')").query(Long.class).single();
		String receiptNo = "BL" + now.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-" + String.format("%07d", receipt);
		String actor = vn.minhbach.shared.Access.actorName();
		long id = jdbc.sql("""
				insert into dossier_payment (dossier_id, gateway, txn_ref, amount, status, created_at, completed_at, receipt_no)
				values (:dossier, 'desk', :ref, :amount, 'PAID', :now, :now, :receipt) returning id
				""")
			.param("dossier", dossier.getId())
			.param("ref", "DESK-" + receiptNo)
			.param("amount", dossier.getFeeAmount())
			.param("now", Timestamp.from(now))
			.param("receipt", receiptNo)
			.query(Long.class)
			.single();
		dossier.markPaid();
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "PAID", null, null, actor, null,
				receiptNo + " – " + saved.getFeeAmount() + " đ (tại Bộ phận một cửa)", true);
		audit.record(AuditRecord.of("DOSSIER_FEE_PAID", "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("receipt", receiptNo)
			.detail("amount", saved.getFeeAmount())
			.detail("channel", "desk"));
		return ofDossier(saved.getId()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	/** The payments of any dossier (back office). */
	@Transactional(readOnly = true)
	List<Payment> ofDossier(Long dossierId) {
		return jdbc.sql("select * from dossier_payment where dossier_id = :dossier order by id desc")
			.param("dossier", dossierId)
			.query((rs, n) -> map(rs))
			.list();
	}

	private Optional<Payment> byReference(String txnRef, boolean lock) {
		if (txnRef == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from dossier_payment where txn_ref = :ref" + (lock ? " for update" : ""))
			.param("ref", txnRef)
			.query((rs, n) -> map(rs))
			.optional();
	}

	public Payment requireOwnPayment(Long dossierId, String txnRef) {
		return of(dossierId).stream()
			.filter(p -> p.txnRef().equals(txnRef))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.payment"));
	}

	private static Payment map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Payment(rs.getLong("id"), rs.getLong("dossier_id"), rs.getString("gateway"), rs.getString("txn_ref"),
				rs.getLong("amount"), Payment.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), completed == null ? null : completed.toInstant(),
				rs.getString("gateway_txn_no"), rs.getString("bank_code"), rs.getString("response_code"),
				rs.getString("receipt_no"));
	}
}
