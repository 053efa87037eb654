package vn.minhbach.catalog;

/** A field (lĩnh vực) and how many published procedures it has. */
public record FieldCount(String field, int count) {
}
