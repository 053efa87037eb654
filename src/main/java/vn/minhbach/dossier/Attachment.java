package vn.minhbach.dossier;

import java.time.Instant;

/**
 * A file attached to a dossier for one of the procedure's papers.
 *
 * @param id database identity
 * @param paperIndex which paper of the procedure it is for
 * @param paperName the paper's name at the time of upload
 * @param sha256 the file in the store
 * @param originalName the file's name
 * @param mediaType the sniffed type
 * @param size bytes
 * @param uploadedAt when
 * @param uploadedBy who
 * @param round 0 for the submission, n for the n-th supplement
 */
public record Attachment(long id, int paperIndex, String paperName, String sha256, String originalName, String mediaType,
		long size, Instant uploadedAt, String uploadedBy, int round) {

	public String humanSize() {
		return new vn.minhbach.files.StoredFile(sha256, size, mediaType, originalName).humanSize();
	}
}
