package vn.minhbach.portal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.minhbach.portal.DisclosureCategory;
import vn.minhbach.portal.PublicDisclosures;

/** What the publisher fills in for a disclosure; the file comes beside it in the same request. */
record DisclosureForm(@NotNull(message = "{error.required}") DisclosureCategory category,
		@NotBlank(message = "{error.required}") @Size(max = 300) String title, @Size(max = 5000) String summary,
		@NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
		Integer version) {

	static DisclosureForm empty(LocalDate today) {
		return new DisclosureForm(null, "", "", today, null);
	}

	PublicDisclosures.Details toDetails() {
		return new PublicDisclosures.Details(category, title, summary, publishedOn);
	}
}
