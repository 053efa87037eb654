package vn.minhbach.exchange;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * What is in flight between installations, for the people who watch it: every package to every
 * peer with its attempts, last error and next try; the peers unreachable for longer than the
 * alert threshold; and a resend by hand.
 */
@Service
public class ExchangeOperations {

	private final ExchangeOutbox outbox;

	private final ExchangeDirectory directory;

	private final ExchangeDelivery delivery;

	private final ExchangeProperties properties;

	private final OrganizationDirectory organization;

	private final AuditLog audit;

	ExchangeOperations(ExchangeOutbox outbox, ExchangeDirectory directory, ExchangeDelivery delivery,
			ExchangeProperties properties, OrganizationDirectory organization, AuditLog audit) {
		this.outbox = outbox;
		this.directory = directory;
		this.delivery = delivery;
		this.properties = properties;
		this.organization = organization;
		this.audit = audit;
	}

	/** A peer that has not been reached for longer than the alert threshold. */
	public record Unreachable(Peer peer, Duration since) {
	}

	@Transactional(readOnly = true)
	public List<OutboxEntry> recent(boolean pendingOnly) {
		Access.require(null, Role.SYSTEM_ADMIN);
		return outbox.recent(200, pendingOnly);
	}

	/** The packages of one document, for the clerks and leaders of its agency. */
	@Transactional(readOnly = true)
	public List<OutboxEntry> ofDocument(Long documentId, Long agencyId) {
		Access.require(agencyId, Role.CLERK, Role.LEADER);
		String code = organization.agency(agencyId).getCode();
		return outbox.ofDocument(documentId).stream().filter(e -> e.senderCode().equals(code)).toList();
	}

	@Transactional(readOnly = true)
	public List<Unreachable> unreachable() {
		var now = directory.now();
		return directory.peers()
			.stream()
			.filter(p -> p.unreachableSince() != null)
			.map(p -> new Unreachable(p, Duration.between(p.unreachableSince(), now)))
			.filter(u -> u.since().compareTo(properties.unreachableAlert()) >= 0)
			.toList();
	}

	@Transactional(readOnly = true)
	public long pending() {
		return outbox.pendingCount();
	}

	/** Tries a package again now (also one the peer refused, after the cause was fixed). */
	@Transactional
	public void resend(long id) {
		OutboxEntry entry = outbox.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.package"));
		boolean admin = Access.isSystemAdmin();
		boolean clerk = organization.agencyByCode(entry.senderCode())
			.map(a -> Access.has(Role.CLERK, a.getId()))
			.orElse(false);
		if (!admin && !clerk) {
			throw new AccessDeniedInAgency("resend package " + id);
		}
		if (!outbox.resend(id, directory.now())) {
			throw new BusinessRuleViolation("error.exchange.alreadyDelivered");
		}
		audit.record(AuditRecord.of("EXCHANGE_RESENT", "exchange_outbox", Long.toString(id)).detail("to", entry.recipientCode()));
		delivery.nudgeAfterCommit();
	}
}
