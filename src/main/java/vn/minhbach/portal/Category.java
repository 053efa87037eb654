package vn.minhbach.portal;

/** A news category (chuyên mục) of an agency's portal. */
public record Category(long id, Long agencyId, String slug, String name, int sortOrder) {
}
