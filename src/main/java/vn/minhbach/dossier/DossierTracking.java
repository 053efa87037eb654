package vn.minhbach.dossier;

import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.RateLimited;

/**
 * Public look-up of a dossier by its code (tra cứu hồ sơ), with personal data masked and a limit
 * of look-ups per client and minute so that codes cannot be guessed by trying them all.
 */
@Service
public class DossierTracking {

	/** Look-ups allowed per client address and minute. */
	public static final int LOOKUPS_PER_MINUTE = 20;

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}-\\d{6}-\\d{4}");

	private final Dossiers dossiers;

	private final OrganizationDirectory organization;

	private final DossierRecords records;

	private final Clock clock;

	DossierTracking(Dossiers dossiers, DossierRecords records, OrganizationDirectory organization, Clock clock) {
		this.dossiers = dossiers;
		this.records = records;
		this.organization = organization;
		this.clock = clock;
	}

	/** Whether the text has the shape of a dossier code. */
	public static boolean looksLikeCode(String text) {
		return text != null && CODE.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)).matches();
	}

	/**
	 * Looks a dossier up. Deliberately not one transaction: the look-up is counted (and committed)
	 * even when the code is wrong, which is exactly when a guesser must be counted.
	 */
	public TrackingView track(String code, String client) {
		if (dossiers.countLookup(client == null ? "unknown" : client, clock.instant()) > LOOKUPS_PER_MINUTE) {
			throw new RateLimited("dossier lookups from " + client);
		}
		String normalised = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
		if (!looksLikeCode(normalised)) {
			throw new NotFoundException("error.notFound.dossierCode");
		}
		Dossier dossier = dossiers.byCode(normalised)
			.filter(d -> d.getStatus() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("error.notFound.dossierCode"));
		var steps = dossiers.history(dossier.getId(), true)
			.stream()
			.map(entry -> new TrackingView.Step(entry.at(), entry.action(), entry.toStatus()))
			.toList();
		return new TrackingView(dossier.getCode(), dossier.getProcedureName(),
				organization.agencyName(dossier.getAgencyId()), dossier.getApplicant().maskedName(), dossier.getStatus(),
				dossier.getSubmittedAt(), dossier.getReceivedAt(), dossier.getDueDate(), dossier.getReturnedAt(), steps,
				records.steps(dossier.getId())
					.stream()
					.map(step -> new TrackingView.Handover(step.name(),
							step.departmentId() == null ? null : organization.departmentName(step.departmentId()),
							step.startedAt(), step.finishedAt(), step.dueDate(), step.status(), step.outcome()))
					.toList());
	}
}
