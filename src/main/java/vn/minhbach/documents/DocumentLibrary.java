package vn.minhbach.documents;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.files.FileStore;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * Reading documents, with the rule of who may: the staff of the document's agency; for a secret
 * document only the people it passes through (drafter, reviewer, signer, handlers) and the
 * agency's leaders and clerks. Every opening of a secret document is written to the audit log.
 */
@Service
public class DocumentLibrary {

	static final Set<Role> STAFF = Set.of(Role.LEADER, Role.CLERK, Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.RECEPTION,
			Role.AGENCY_ADMIN, Role.EDITOR);

	private final Documents documents;

	private final AccountDirectory accounts;

	private final FileStore files;

	private final AuditLog audit;

	DocumentLibrary(Documents documents, AccountDirectory accounts, FileStore files, AuditLog audit) {
		this.documents = documents;
		this.accounts = accounts;
		this.files = files;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public OfficialDocument document(Long id) {
		OfficialDocument document = documents.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.document"));
		if (!mayRead(document)) {
			throw new AccessDeniedInAgency("document " + id);
		}
		return document;
	}

	/** Opens a document for a person; the opening of a secret one is recorded. */
	@Transactional
	public OfficialDocument open(Long id) {
		OfficialDocument document = document(id);
		if (document.getSecrecy().secret()) {
			audit.record(AuditRecord.of("DOCUMENT_SECRET_READ", "document", id.toString()).inAgency(document.getAgencyId()));
		}
		return document;
	}

	@Transactional(readOnly = true)
	public List<DocumentFile> files(Long id) {
		return documents.files(document(id).getId());
	}

	@Transactional(readOnly = true)
	public DocumentFile file(Long id, long fileId) {
		return files(id).stream()
			.filter(f -> f.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.file"));
	}

	public InputStream open(DocumentFile file) {
		return files.open(file.sha256());
	}

	/** The issued (signed) PDF, or the current body as PDF while it is a draft with an uploaded file. */
	public InputStream openFinal(OfficialDocument document) {
		if (document.getFinalSha256() == null) {
			throw new NotFoundException("error.notFound.file");
		}
		return files.open(document.getFinalSha256());
	}

	@Transactional(readOnly = true)
	public List<DocumentEvent> history(Long id) {
		return documents.history(document(id).getId());
	}

	@Transactional(readOnly = true)
	public List<Recipient> recipients(Long id) {
		return documents.recipients(document(id).getId());
	}

	@Transactional(readOnly = true)
	public List<Assignment> assignments(Long id) {
		return documents.assignments(document(id).getId());
	}

	/** The documents that answer this one (replies issued to an incoming document). */
	@Transactional(readOnly = true)
	public List<OfficialDocument> replies(Long id) {
		return documents.replies(document(id).getId()).stream().filter(this::mayRead).toList();
	}

	/** The earlier document this one replaces, if the reader may see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<OfficialDocument> replaces(Long id) {
		return documents.replaced(document(id).getId()).flatMap(this::linked);
	}

	/** A linked document, if the reader may see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<OfficialDocument> linked(Long id) {
		return id == null ? java.util.Optional.empty() : documents.byId(id).filter(this::mayRead);
	}

	/** The actions the current person may take on the document now. */
	@Transactional(readOnly = true)
	public Set<DocumentAction> allowedActions(Long id) {
		OfficialDocument d = document(id);
		Account me = accounts.current();
		Long agency = d.getAgencyId();
		Set<DocumentAction> actions = java.util.EnumSet.of(DocumentAction.COMMENT);
		switch (d.getStatus()) {
			case DRAFT -> {
				if (me.getUsername().equals(d.getDrafter())) {
					actions.add(DocumentAction.EDIT);
					actions.add(DocumentAction.SUBMIT);
				}
			}
			case IN_REVIEW -> {
				if (me.getUsername().equals(d.getReviewer()) && Access.has(Role.DEPARTMENT_HEAD, agency)) {
					actions.add(DocumentAction.REVIEW);
					actions.add(DocumentAction.RETURN_FOR_REVISION);
				}
			}
			case AWAITING_APPROVAL -> {
				if (me.getId().equals(d.getSignerAccountId()) && Access.has(Role.LEADER, agency)) {
					actions.add(DocumentAction.APPROVE);
					actions.add(DocumentAction.RETURN_FOR_REVISION);
				}
			}
			case APPROVED -> {
				if (Access.has(Role.CLERK, agency)) {
					actions.add(DocumentAction.ISSUE);
					actions.add(DocumentAction.RETURN_FOR_REVISION);
				}
			}
			case ARRIVED -> {
				if (Access.has(Role.CLERK, agency)) {
					actions.add(DocumentAction.REGISTER);
					actions.add(DocumentAction.RETURN_TO_SENDER);
				}
			}
			case AWAITING_DIRECTION -> {
				if (Access.has(Role.LEADER, agency)) {
					actions.add(DocumentAction.DIRECT);
				}
			}
			case IN_PROGRESS -> {
				if (Access.has(Role.LEADER, agency)) {
					actions.add(DocumentAction.DIRECT);
					actions.add(DocumentAction.COMPLETE);
				}
				var mine = documents.assignments(d.getId()).stream().filter(a -> a.username().equals(me.getUsername())).findFirst();
				if (mine.isPresent() && mine.get().role() != Assignment.Role.INFO) {
					actions.add(DocumentAction.PROGRESS);
					actions.add(DocumentAction.REPLY);
					if (mine.get().role() == Assignment.Role.MAIN) {
						actions.add(DocumentAction.COMPLETE);
					}
				}
			}
			default -> {
			}
		}
		return actions;
	}

	boolean mayRead(OfficialDocument document) {
		Long agency = document.getAgencyId();
		if (!Access.hasAny(agency, STAFF.toArray(Role[]::new))) {
			return false;
		}
		if (!document.getSecrecy().secret() || Access.hasAny(agency, Role.LEADER, Role.CLERK)) {
			return true;
		}
		return involved(document, accounts.current());
	}

	boolean involved(OfficialDocument document, Account account) {
		String me = account.getUsername();
		return me.equals(document.getDrafter()) || me.equals(document.getReviewer())
				|| account.getId().equals(document.getSignerAccountId())
				|| documents.assignments(document.getId()).stream().anyMatch(a -> a.username().equals(me));
	}
}
