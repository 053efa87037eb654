package vn.minhbach.files;

/**
 * A file in the store, identified by the SHA-256 of its content.
 *
 * @param sha256 hex SHA-256 of the content
 * @param size bytes
 * @param mediaType the type sniffed from the content (never the one the browser claimed)
 * @param originalName the name the file came with, cleaned for display
 */
public record StoredFile(String sha256, long size, String mediaType, String originalName) {

	/** A short human-readable size: "850 KB", "2,4 MB". */
	public String humanSize() {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return (size / 1024) + " KB";
		}
		return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", size / (1024.0 * 1024.0));
	}
}
