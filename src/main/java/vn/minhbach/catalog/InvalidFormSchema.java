package vn.minhbach.catalog;

import vn.minhbach.shared.BusinessRuleViolation;

/** A form schema that cannot be used: bad JSON, unknown field types, duplicate keys… */
public class InvalidFormSchema extends BusinessRuleViolation {

	private final String details;

	public InvalidFormSchema(String details) {
		super("error.formSchema.invalid", details);
		this.details = details;
	}

	public String details() {
		return details;
	}
}
