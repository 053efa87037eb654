package vn.minhbach.catalog;

/**
 * A fee or charge (phí, lệ phí).
 *
 * @param name its name
 * @param amountVnd the amount in đồng; null when the provincial council sets it and the catalog does not know it yet
 * @param appliesTo which submissions it applies to
 * @param note exemptions and legal basis
 */
public record Fee(String name, Long amountVnd, AppliesTo appliesTo, String note) {

	public enum AppliesTo {
		ALL, ONLINE, IN_PERSON
	}

	public Fee {
		appliesTo = appliesTo == null ? AppliesTo.ALL : appliesTo;
		if (amountVnd != null && amountVnd < 0) {
			throw new IllegalArgumentException("Negative fee");
		}
	}

	boolean appliesOnline() {
		return appliesTo != AppliesTo.IN_PERSON;
	}
}
