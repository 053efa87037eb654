package vn.minhbach.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The agency's side of a dossier's life: reception, supplement requests, refusal, the result and
 * its return, and messages to the applicant. Every transition is one transaction that writes the
 * new state, the history row, the audit entry and the notice to the applicant; an officer acts
 * only on dossiers of an agency where they hold the role, and a stale version is refused.
 */
@Service
public class DossierProcessing {

	private final Dossiers dossiers;

	private final AccountDirectory accounts;

	private final DossierIntake intake;

	private final FileStore files;

	private final DossierNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	DossierProcessing(Dossiers dossiers, AccountDirectory accounts, DossierIntake intake, FileStore files,
			DossierNotices notices, AuditLog audit, Clock clock) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.intake = intake;
		this.files = files;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** A dossier of an agency where the current officer holds one of the roles. */
	@Transactional(readOnly = true)
	public Dossier dossier(Long id, Role... roles) {
		Dossier dossier = dossiers.byId(id)
			.filter(d -> d.getStatus() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("error.notFound.dossier"));
		Access.require(dossier.getAgencyId(), roles);
		return dossier;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Long id) {
		return dossiers.history(dossier(id, Role.RECEPTION, Role.SPECIALIST, Role.LEADER).getId(), false);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(Long id) {
		return dossiers.attachments(dossier(id, Role.RECEPTION, Role.SPECIALIST, Role.LEADER).getId());
	}

	@Transactional(readOnly = true)
	public List<Message> messages(Long id) {
		return dossiers.messages(dossier(id, Role.RECEPTION, Role.SPECIALIST, Role.LEADER).getId());
	}

	/** The desk accepts the dossier: the legal clock starts and the appointment date is fixed. */
	@Transactional
	public Dossier receive(Long id, int seenVersion) {
		Dossier dossier = current(id, seenVersion, Role.RECEPTION);
		Instant now = clock.instant();
		LocalDate appointment = intake.expectedDue(dossier.getProcessingTime(), now);
		DossierStatus from = dossier.receive(now, appointment);
		return transition(dossier, "RECEIVED", from, null, true);
	}

	/** Asks the applicant for missing or corrected papers; the clock stops until they answer. */
	@Transactional
	public Dossier requestSupplement(Long id, int seenVersion, String whatIsMissing) {
		if (whatIsMissing == null || whatIsMissing.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.supplementReason");
		}
		Dossier dossier = current(id, seenVersion, Role.RECEPTION, Role.SPECIALIST);
		DossierStatus from = dossier.requestSupplement();
		return transition(dossier, "SUPPLEMENT_REQUESTED", from, whatIsMissing.strip(), true);
	}

	/** Refuses the dossier with a reason. */
	@Transactional
	public Dossier refuse(Long id, int seenVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.refusalReason");
		}
		Dossier dossier = current(id, seenVersion, Role.RECEPTION, Role.LEADER);
		DossierStatus from = dossier.refuse(clock.instant());
		return transition(dossier, "REFUSED", from, reason.strip(), true);
	}

	/** Records the signed result document; the dossier is ready to be returned. */
	@Transactional
	public Dossier issueResult(Long id, int seenVersion, byte[] pdf, String fileName) {
		Dossier dossier = current(id, seenVersion, Role.LEADER, Role.SPECIALIST);
		StoredFile stored = files.storeGenerated(pdf, fileName, "application/pdf");
		DossierStatus from = dossier.resultReady(stored.sha256(), fileName, clock.instant());
		return transition(dossier, "RESULT_READY", from, null, true);
	}

	/** Hands the result over and closes the dossier. */
	@Transactional
	public Dossier returnResult(Long id, int seenVersion) {
		Dossier dossier = current(id, seenVersion, Role.RECEPTION);
		DossierStatus from = dossier.returnResult(clock.instant());
		return transition(dossier, "RETURNED", from, null, true);
	}

	/** Writes to the applicant; they see it on their dossier page and get an e-mail. */
	@Transactional
	public void postMessage(Long id, String body) {
		Dossier dossier = dossier(id, Role.RECEPTION, Role.SPECIALIST, Role.LEADER);
		if (body == null || body.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		Account officer = accounts.current();
		dossiers.addMessage(dossier.getId(), false, officer.getUsername(), officer.getFullName(), body.strip());
		notices.tell(dossier, "MESSAGE", dossiers.messages(dossier.getId()).size(), body.strip());
	}

	private Dossier current(Long id, int seenVersion, Role... roles) {
		Dossier dossier = dossier(id, roles);
		if (dossier.getVersion() != seenVersion) {
			throw new vn.minhbach.shared.ConcurrentChange("dossier " + id);
		}
		return dossier;
	}

	private Dossier transition(Dossier dossier, String action, DossierStatus from, String note, boolean visible) {
		Account officer = accounts.current();
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), action, from, saved.getStatus(), officer.getUsername(), officer.getFullName(), note,
				visible);
		audit.record(AuditRecord.of("DOSSIER_" + action, "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("code", saved.getCode())
			.detail("from", from)
			.detail("to", saved.getStatus()));
		if (visible) {
			notices.tell(saved, action, dossiers.history(saved.getId(), false).size(), note);
		}
		return saved;
	}
}
