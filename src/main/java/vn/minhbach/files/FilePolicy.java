package vn.minhbach.files;

import java.util.Map;
import java.util.Set;

/**
 * What one kind of upload may be.
 *
 * @param allowedTypes media types accepted (as sniffed from the content)
 * @param maxBytes the largest accepted file
 */
public record FilePolicy(Set<String> allowedTypes, long maxBytes) {

	/** The extensions a name may have for each media type; a mismatch means the name lies about the content. */
	static final Map<String, Set<String>> EXTENSIONS = Map.of("application/pdf", Set.of("pdf"), "image/jpeg",
			Set.of("jpg", "jpeg", "jfif"), "image/png", Set.of("png"),
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"), "image/webp",
			Set.of("webp"), "application/xml", Set.of("xml"), "text/xml", Set.of("xml"));

	/** Papers of a dossier: PDF, JPEG or PNG up to 10 MB each. */
	public static FilePolicy dossierPaper() {
		return new FilePolicy(Set.of("application/pdf", "image/jpeg", "image/png"), 10L * 1024 * 1024);
	}

	/** Documents produced by the agency (results, forms): PDF up to 20 MB. */
	public static FilePolicy pdfDocument() {
		return new FilePolicy(Set.of("application/pdf"), 20L * 1024 * 1024);
	}

	/** Internal working documents of a dossier (opinions, minutes, drafts): PDF, Word, Excel or images up to 20 MB. */
	public static FilePolicy internalDocument() {
		return new FilePolicy(Set.of("application/pdf", "image/jpeg", "image/png",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), 20L * 1024 * 1024);
	}

	/** The body of a draft document: PDF or Word (DOCX), up to 20 MB. */
	public static FilePolicy documentBody() {
		return new FilePolicy(Set.of("application/pdf",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"), 20L * 1024 * 1024);
	}

	/** A file published on the portal for anyone to download (plans, budgets, procurement): PDF, Word or Excel up to 20 MB. */
	public static FilePolicy publication() {
		return new FilePolicy(Set.of("application/pdf",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), 20L * 1024 * 1024);
	}

	/** The scan of a paper document: PDF, JPEG or PNG up to 20 MB. */
	public static FilePolicy scan() {
		return new FilePolicy(Set.of("application/pdf", "image/jpeg", "image/png"), 20L * 1024 * 1024);
	}

	public String allowedExtensions() {
		return String.join(", ", allowedTypes.stream()
			.flatMap(type -> EXTENSIONS.getOrDefault(type, Set.of()).stream())
			.map(ext -> "." + ext)
			.sorted()
			.toList());
	}

	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}
}
