package vn.minhbach.portal;

import java.util.List;

/** One page of published questions. */
public record QuestionPage(List<PublishedQuestion> items, String query, int page, int size, long total) {

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
