package vn.minhbach.documents;

import java.time.Instant;

/**
 * A file of a document: a version of the draft, an appendix, or the scan of a paper document.
 *
 * @param seq the version of a draft (1, 2, …) or the order of an appendix
 */
public record DocumentFile(long id, Kind kind, int seq, String sha256, String fileName, String mediaType, long size,
		String note, String createdBy, Instant createdAt) {

	/** What the file is. */
	public enum Kind {
		DRAFT, APPENDIX, SCAN
	}

	public String humanSize() {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return (size / 1024) + " KB";
		}
		return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", size / (1024.0 * 1024));
	}
}
