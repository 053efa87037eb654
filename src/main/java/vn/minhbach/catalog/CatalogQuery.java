package vn.minhbach.catalog;

/**
 * A search of the public catalog.
 *
 * @param text words, with or without diacritics, or an official code; blank for all
 * @param field a field (lĩnh vực) or null
 * @param level a level or null
 * @param onlineLevel an online level or null
 * @param agencyId one agency or null for all
 * @param page 0-based page
 * @param size page size, 1–200
 */
public record CatalogQuery(String text, String field, AgencyLevel level, OnlineLevel onlineLevel, Long agencyId, int page,
		int size) {

	public static final int MAX_SIZE = 200;

	public CatalogQuery {
		text = text == null ? "" : text.trim();
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		page = Math.max(0, page);
		size = Math.max(1, Math.min(MAX_SIZE, size));
	}

	public static CatalogQuery text(String text) {
		return new CatalogQuery(text, null, null, null, null, 0, 20);
	}
}
