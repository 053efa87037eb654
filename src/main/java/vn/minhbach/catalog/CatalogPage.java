package vn.minhbach.catalog;

import java.util.List;

/** One page of catalog results. */
public record CatalogPage(List<Procedure> items, int page, int size, long total) {

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

}
