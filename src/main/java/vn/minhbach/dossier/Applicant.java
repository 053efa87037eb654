package vn.minhbach.dossier;

import vn.minhbach.shared.CitizenId;
import vn.minhbach.shared.PersonalData;

/**
 * Who the dossier is for, as given at submission.
 *
 * @param accountId the citizen's account, or null for a dossier brought in person without an account
 * @param fullName full name
 * @param citizenId 12-digit personal identification number
 * @param phone phone digits
 * @param email e-mail
 * @param address place of residence
 */
public record Applicant(Long accountId, String fullName, String citizenId, String phone, String email, String address) {

	/** What a public page may show: initials and the given name only. */
	public String maskedName() {
		return PersonalData.maskName(fullName);
	}

	public String maskedCitizenId() {
		return citizenId == null || !CitizenId.isValid(citizenId) ? "" : new CitizenId(citizenId).masked();
	}
}
