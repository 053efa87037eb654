package vn.minhbach.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.PdfLayout;

/**
 * The printable blank form of a procedure's e-form, for those who file on paper: each section
 * with its fields and dotted lines to write on, repeating sections with room for two items,
 * choices as boxes to tick, and the declaration with a place to sign.
 */
@Component
public class BlankForms {

	private final OrganizationDirectory organization;

	BlankForms(OrganizationDirectory organization) {
		this.organization = organization;
	}

	public byte[] pdf(Procedure procedure) {
		Agency agency = organization.agency(procedure.getAgencyId());
		FormSchema schema = procedure.getFormSchema();
		try (PdfLayout pdf = PdfLayout.a4()) {
			pdf.metadata(schema.title(), agency.getName());
			pdf.nationalHeader(null, agency.getName(), null, null);
			pdf.title(schema.title());
			pdf.centredLine("Kính gửi: " + agency.getName(), true);
			pdf.note("Thủ tục: " + procedure.getName() + (procedure.getCode() == null ? "" : " (mã " + procedure.getCode() + ")"));
			for (FormSchema.Section section : schema.sections()) {
				int items = section.repeating() ? Math.max(2, section.minItems()) : 1;
				for (int i = 0; i < items; i++) {
					pdf.heading(section.repeating() ? section.title() + " – " + section.repeat().itemTitle() + " " + (i + 1)
							: section.title());
					for (FormSchema.Field field : section.fields()) {
						switch (field.type()) {
							case "checkbox" -> pdf.checkbox(field.label(), false);
							case "choice" -> {
								pdf.paragraph(field.label() + ":");
								List<String> labels = field.options().stream().map(FormSchema.Option::label).toList();
								for (String label : labels) {
									pdf.checkbox(label, false);
								}
							}
							case "textarea" -> {
								pdf.field(field.label(), null);
								pdf.paragraph(".".repeat(110));
							}
							default -> pdf.field(field.label(), null);
						}
					}
				}
			}
			pdf.signatures(null, null, "Người yêu cầu", null);
			return pdf.toBytes();
		}
	}
}
