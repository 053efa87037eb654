package vn.minhbach.portal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The public disclosures of agencies (công khai): the agency's administrator or editor publishes
 * a file (PDF, Word or Excel) with its title, category, date and summary, changes or withdraws
 * it; anyone lists them by category and downloads them. Every change is written to the audit log.
 */
@Service
public class PublicDisclosures {

	/** The roles that publish for an agency. */
	static final Role[] PUBLISHERS = { Role.AGENCY_ADMIN, Role.EDITOR };

	private final Disclosures disclosures;

	private final FileStore files;

	private final AuditLog audit;

	private final Clock clock;

	PublicDisclosures(Disclosures disclosures, FileStore files, AuditLog audit, Clock clock) {
		this.disclosures = disclosures;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What describes a disclosure.
	 *
	 * @param publishedOn the date the agency gives it (the date of the plan, report or notice)
	 */
	public record Details(DisclosureCategory category, String title, String summary, LocalDate publishedOn) {
	}

	/** One page of disclosures, newest first. */
	public record Page(List<Disclosure> items, int page, int size, long total) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}

	}

	/** Whether the current user publishes for the agency (its AGENCY_ADMIN or EDITOR, or a SYSTEM_ADMIN). */
	public boolean mayPublish(Long agencyId) {
		return Access.hasAny(agencyId, PUBLISHERS);
	}

	/** Publishes a file for an agency (its AGENCY_ADMIN or EDITOR). */
	@Transactional
	public Disclosure publish(Long agencyId, Details details, InputStream content, String fileName) {
		Access.require(agencyId, PUBLISHERS);
		validate(details);
		StoredFile file = files.store(content, fileName, FilePolicy.publication());
		Disclosure saved = disclosures.save(Disclosure.publish(agencyId, details, file, Access.actorName(), clock.instant()));
		audit.record(AuditRecord.of("DISCLOSURE_PUBLISHED", "portal_disclosure", saved.getId().toString())
			.inAgency(agencyId)
			.detail("title", saved.getTitle())
			.detail("category", saved.getCategory())
			.detail("file", saved.getFileName()));
		return saved;
	}

	/**
	 * Changes a disclosure's description and, when a file is given, replaces its file.
	 *
	 * @param seenVersion the version the editor loaded
	 * @param content the new file, or null to keep the current one
	 */
	@Transactional
	public Disclosure update(Long id, int seenVersion, Details details, InputStream content, String fileName) {
		Disclosure disclosure = forEditing(id);
		if (disclosure.getVersion() != seenVersion) {
			throw new ConcurrentChange("disclosure " + id);
		}
		validate(details);
		disclosure.describe(details, clock.instant());
		if (content != null) {
			disclosure.attach(files.store(content, fileName, FilePolicy.publication()), clock.instant());
		}
		Disclosure saved = disclosures.save(disclosure);
		audit.record(AuditRecord.of("DISCLOSURE_UPDATED", "portal_disclosure", id.toString())
			.inAgency(saved.getAgencyId())
			.detail("title", saved.getTitle())
			.detail("file", saved.getFileName()));
		return saved;
	}

	/** Takes a disclosure off the portal. */
	@Transactional
	public void withdraw(Long id) {
		Disclosure disclosure = forEditing(id);
		disclosures.delete(disclosure);
		audit.record(AuditRecord.of("DISCLOSURE_WITHDRAWN", "portal_disclosure", id.toString())
			.inAgency(disclosure.getAgencyId())
			.detail("title", disclosure.getTitle()));
	}

	/** An agency's disclosures for its publishers, newest first. */
	@Transactional(readOnly = true)
	public List<Disclosure> ofAgency(Long agencyId) {
		Access.require(agencyId, PUBLISHERS);
		return disclosures.findByAgencyIdOrderByPublishedOnDescIdDesc(agencyId);
	}

	/** A disclosure for one of its agency's publishers to change. */
	@Transactional(readOnly = true)
	public Disclosure forEditing(Long id) {
		Disclosure disclosure = disclosures.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.disclosure"));
		Access.require(disclosure.getAgencyId(), PUBLISHERS);
		return disclosure;
	}

	/**
	 * An agency's disclosures for anyone, newest first.
	 *
	 * @param category only this category, or null for all
	 */
	@Transactional(readOnly = true)
	public Page page(Long agencyId, DisclosureCategory category, int page, int size) {
		int pageSize = size <= 0 ? 20 : Math.min(size, 100);
		var request = PageRequest.of(Math.max(page, 0), pageSize,
				Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id")));
		var result = category == null ? disclosures.findByAgencyId(agencyId, request)
				: disclosures.findByAgencyIdAndCategory(agencyId, category, request);
		return new Page(result.getContent(), result.getNumber(), pageSize, result.getTotalElements());
	}

	/** A disclosure for anyone. */
	@Transactional(readOnly = true)
	public Optional<Disclosure> published(Long id) {
		return disclosures.findById(id);
	}

	/** The disclosure's file. */
	public InputStream open(Disclosure disclosure) {
		return files.open(disclosure.getFileSha256());
	}

	private static void validate(Details details) {
		if (details == null || details.category() == null || details.title() == null || details.title().isBlank()
				|| details.publishedOn() == null) {
			throw new BusinessRuleViolation("error.required");
		}
		if (details.title().strip().length() > 300 || (details.summary() != null && details.summary().length() > 5000)) {
			throw new BusinessRuleViolation("error.disclosure.tooLong");
		}
	}
}
