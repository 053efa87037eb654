package vn.minhbach.documents;

/**
 * Number and notation of a document as Decree 30/2020 writes them: {@code 15/QĐ-UBND} (number,
 * type abbreviation, issuing agency) and, for a công văn, {@code 12/UBND-VP} (number, agency,
 * drafting unit). Numbers under 10 take a leading zero; there are no spaces.
 */
public final class Notation {

	private Notation() {
	}

	public static String number(int number) {
		return number < 10 ? "0" + number : Integer.toString(number);
	}

	/**
	 * @param number the number from the register
	 * @param type the document's type
	 * @param agency the agency's abbreviation ("UBND")
	 * @param unit the drafting unit's abbreviation ("VP"), used by a công văn; may be null
	 */
	public static String of(int number, DocumentType type, String agency, String unit) {
		String agencyPart = clean(agency);
		if (type.abbreviation() == null) {
			String unitPart = clean(unit);
			return number(number) + "/" + agencyPart + (unitPart.isEmpty() ? "" : "-" + unitPart);
		}
		return number(number) + "/" + type.abbreviation() + "-" + agencyPart;
	}

	/** The abbreviation an agency's name suggests when its administrator has not set one. */
	public static String suggestedAbbreviation(String agencyName) {
		String name = agencyName == null ? "" : agencyName.strip();
		if (name.startsWith("Ủy ban nhân dân") || name.startsWith("Uỷ ban nhân dân")) {
			return "UBND";
		}
		if (name.startsWith("Hội đồng nhân dân")) {
			return "HĐND";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("\\s+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.length() == 0 ? "CQ" : initials.toString();
	}

	private static String clean(String part) {
		return part == null ? "" : part.replaceAll("\\s+", "");
	}
}
