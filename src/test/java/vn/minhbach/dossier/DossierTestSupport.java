package vn.minhbach.dossier;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.TestUsers;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.files.TestFiles;

/** Builds complete and submitted dossiers through the citizen's own service, for tests of later steps. */
public record DossierTestSupport(DossierIntake intake, ProcedureCatalog catalog, UserDetailsService users) {

	public Dossier draft(String citizen, String procedureCode) {
		return TestUsers.as(users, citizen, () -> {
			Procedure procedure = catalog.publishedByCode(procedureCode).orElseThrow();
			Dossier draft = intake.startDraft(procedure.getId());
			FormSchema schema = procedure.getFormSchema();
			var answers = DossierFixtures.validAnswers(schema, draft.getAnswers());
			for (FormSchema.Section section : schema.sections()) {
				intake.saveSection(draft.getId(), section.key(), new ArrayList<>(answers.items(section.key())), false);
			}
			for (int i = 0; i < procedure.getPapers().size(); i++) {
				if (procedure.getPapers().get(i).required()) {
					intake.attach(draft.getId(), i, new ByteArrayInputStream(TestFiles.pdf("Giấy tờ " + i)),
							"giay-to-" + i + ".pdf");
				}
			}
			return intake.mine(draft.getId());
		});
	}

	public Dossier submitted(String citizen, String procedureCode) {
		Dossier draft = draft(citizen, procedureCode);
		return TestUsers.as(users, citizen, () -> intake.submit(draft.getId(), "submit-" + draft.getId()));
	}
}
