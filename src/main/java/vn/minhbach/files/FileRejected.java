package vn.minhbach.files;

import vn.minhbach.shared.BusinessRuleViolation;

/** An upload refused before anything was stored: too big, empty, of a type not allowed, or not what its name says. */
public class FileRejected extends BusinessRuleViolation {

	public FileRejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
