package vn.minhbach.documents;

/** What a person may do with a document now (for the buttons and the API). */
public enum DocumentAction {
	EDIT, SUBMIT, REVIEW, APPROVE, RETURN_FOR_REVISION, ISSUE, REGISTER, RETURN_TO_SENDER, DIRECT, PROGRESS, COMPLETE,
	REPLY, COMMENT
}
