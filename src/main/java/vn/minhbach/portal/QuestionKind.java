package vn.minhbach.portal;

/** What a person sends: a question about a procedure or policy (hỏi đáp), or feedback and a recommendation (phản ánh, kiến nghị). */
public enum QuestionKind {
	QUESTION("HD"), FEEDBACK("PA");

	private final String prefix;

	QuestionKind(String prefix) {
		this.prefix = prefix;
	}

	/** The letters its reference numbers start with: HD (hỏi đáp) or PA (phản ánh). */
	public String prefix() {
		return prefix;
	}

	public String messageKey() {
		return "question.kind." + name();
	}
}
