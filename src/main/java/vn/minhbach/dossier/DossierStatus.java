package vn.minhbach.dossier;

import java.util.Set;

/** Where a dossier stands, with the words one-stop desks use. */
public enum DossierStatus {
	/** Being filled in by the applicant; no code yet. */
	DRAFT,
	/** Submitted, waiting for the one-stop desk to check it (chờ tiếp nhận). */
	SUBMITTED,
	/** Accepted by the desk: the legal clock runs (đã tiếp nhận). */
	RECEIVED,
	/** Being processed by the departments (đang xử lý). */
	IN_PROCESS,
	/** Waiting for the applicant to supplement it; the clock is paused (chờ bổ sung). */
	SUPPLEMENT_REQUESTED,
	/** Waiting for the leader's approval (chờ phê duyệt). */
	AWAITING_APPROVAL,
	/** The result is ready to be returned (có kết quả). */
	RESULT_READY,
	/** The result was returned; the dossier is closed (đã trả kết quả). */
	RETURNED,
	/** Refused, with a reason (từ chối). */
	REFUSED,
	/** Withdrawn by the applicant (đã rút). */
	WITHDRAWN,
	/** Cancelled: the supplement never came (đã hủy). */
	CANCELLED,
	/** Processing stopped by a stop notice (dừng giải quyết). */
	STOPPED;

	private static final Set<DossierStatus> CLOSED = Set.of(RETURNED, REFUSED, WITHDRAWN, CANCELLED, STOPPED);

	/** Whether nothing more will happen to it. */
	public boolean closed() {
		return CLOSED.contains(this);
	}

	/** Whether the legal clock runs in this status. */
	public boolean clockRunning() {
		return this == RECEIVED || this == IN_PROCESS || this == AWAITING_APPROVAL;
	}

	public String messageKey() {
		return "dossier.status." + name();
	}
}
