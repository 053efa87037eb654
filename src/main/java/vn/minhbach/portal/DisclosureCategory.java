package vn.minhbach.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a public disclosure is about, as the portal groups them: plans and reports, the budget
 * (công khai ngân sách), public procurement (đấu thầu, mua sắm công), and other information the
 * agency must or wishes to publish. Each has a Vietnamese path segment for its public page.
 */
public enum DisclosureCategory {
	PLAN_REPORT("ke-hoach-bao-cao"), BUDGET("ngan-sach"), PROCUREMENT("dau-thau"), OTHER("thong-tin-khac");

	private final String slug;

	DisclosureCategory(String slug) {
		this.slug = slug;
	}

	/** The path segment of the category's public page: {@code /thong-tin/cong-khai/ngan-sach}. */
	public String slug() {
		return slug;
	}

	public String messageKey() {
		return "portal.disclosure.category." + name();
	}

	/** The category of a path segment, if any. */
	public static Optional<DisclosureCategory> ofSlug(String slug) {
		return Arrays.stream(values()).filter(category -> category.slug.equals(slug)).findFirst();
	}
}
