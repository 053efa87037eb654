package vn.minhbach.portal;

/** Where a question is in the staff's hands: new, assigned to a department or officer, answered, closed. */
public enum QuestionStatus {
	NEW, ASSIGNED, ANSWERED, CLOSED;

	public boolean open() {
		return this == NEW || this == ASSIGNED;
	}

	public String messageKey() {
		return "question.status." + name();
	}
}
