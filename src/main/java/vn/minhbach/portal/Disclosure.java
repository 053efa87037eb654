package vn.minhbach.portal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.minhbach.files.StoredFile;

/**
 * A public disclosure (công khai) of an agency: a plan, report, budget, procurement result or
 * other notice, published as one downloadable file with a title, a date and a short summary.
 */
@Table("portal_disclosure")
public class Disclosure {

	@Id
	private Long id;

	private Long agencyId;

	private DisclosureCategory category;

	private String title;

	private String summary;

	private LocalDate publishedOn;

	private String fileSha256;

	private String fileName;

	private String mediaType;

	private long fileSize;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	protected Disclosure() {
	}

	static Disclosure publish(Long agencyId, PublicDisclosures.Details details, StoredFile file, String by, Instant now) {
		Disclosure disclosure = new Disclosure();
		disclosure.agencyId = agencyId;
		disclosure.createdBy = by;
		disclosure.createdAt = now;
		disclosure.describe(details, now);
		disclosure.attach(file, now);
		return disclosure;
	}

	void describe(PublicDisclosures.Details details, Instant now) {
		this.category = details.category();
		this.title = details.title().strip();
		this.summary = details.summary() == null || details.summary().isBlank() ? null : details.summary().strip();
		this.publishedOn = details.publishedOn();
		this.updatedAt = now;
	}

	void attach(StoredFile file, Instant now) {
		this.fileSha256 = file.sha256();
		this.fileName = file.originalName();
		this.mediaType = file.mediaType();
		this.fileSize = file.size();
		this.updatedAt = now;
	}

	/** "PDF", "Word", "Excel": the kind of file, for the download link. */
	public String fileKind() {
		if (mediaType == null) {
			return "";
		}
		if (mediaType.contains("pdf")) {
			return "PDF";
		}
		if (mediaType.contains("wordprocessingml")) {
			return "Word";
		}
		if (mediaType.contains("spreadsheetml")) {
			return "Excel";
		}
		return mediaType;
	}

	/** A short human-readable size: "850 KB", "2,4 MB". */
	public String humanSize() {
		return new StoredFile(fileSha256, fileSize, mediaType, fileName).humanSize();
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public DisclosureCategory getCategory() {
		return category;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getFileSha256() {
		return fileSha256;
	}

	public String getFileName() {
		return fileName;
	}

	public String getMediaType() {
		return mediaType;
	}

	public long getFileSize() {
		return fileSize;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Integer getVersion() {
		return version;
	}
}
