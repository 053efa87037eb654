package vn.minhbach.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.SystemActor;

@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	CatalogImport imports;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theSeedIsImportedWithAUsableEFormForEveryProcedure() {
		List<CatalogFile.Entry> seed = CatalogImport.seed();
		assertThat(seed).hasSize(31);
		assertThat(seed).allSatisfy(entry -> {
			assertThat(entry.formSchema()).as(entry.name()).isNotNull();
			assertThat(entry.formSchema().problems()).as(entry.name()).isEmpty();
			assertThat(entry.processingTime().workingDays()).as(entry.name()).isNotNull();
		});
		CatalogPage all = catalog.search(new CatalogQuery("", null, null, null, null, 0, 200));
		assertThat(all.items()).extracting(Procedure::getName)
			.containsAll(seed.stream().map(CatalogFile.Entry::name).toList());
		Long province = organization.agencyByCode("000.00.00.H47").orElseThrow().getId();
		assertThat(catalog.search(new CatalogQuery("", null, AgencyLevel.PROVINCE, null, null, 0, 20)).items())
			.singleElement()
			.satisfies(p -> assertThat(p.getAgencyId()).isEqualTo(province));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource({ "'Đăng ký khai sinh', 1.001193", "'dang ky khai sinh', 1.001193", "'DANG KY KHAI SINH', 1.001193",
			"'dang ky khai sinj', 1.001193", "'dang ky khaai sinh', 1.001193", "'dang ky khai sin', 1.001193", "'1.001193', 1.001193",
			"'chung thuc ban sao', 2.000815", "'thuong tru', 1.004222", "'ho kinh doanh', 1.001612",
			"'giay phep xay dung', 1.013225" })
	void findsProceduresWithOrWithoutDiacriticsAndWithATypo(String query, String code) {
		CatalogPage page = catalog.search(CatalogQuery.text(query));
		assertThat(page.items()).extracting(Procedure::getCode).as(query).contains(code);
		assertThat(page.items().get(0).getCode()).as("best match first for " + query).isEqualTo(code);
	}

	@Test
	void filtersByFieldAndOnlineLevel() {
		CatalogPage civilStatus = catalog.search(new CatalogQuery("", "Hộ tịch", null, null, null, 0, 50));
		assertThat(civilStatus.items()).isNotEmpty().allMatch(p -> p.getField().equals("Hộ tịch"));
		CatalogPage full = catalog.search(new CatalogQuery("", null, null, OnlineLevel.FULL, null, 0, 50));
		assertThat(full.items()).isNotEmpty().allMatch(p -> p.getOnlineLevel() == OnlineLevel.FULL);
		assertThat(catalog.fields()).extracting(FieldCount::field).contains("Hộ tịch", "Chứng thực", "Đất đai");
		assertThat(catalog.search(CatalogQuery.text("xyzxyz khong ton tai")).total()).isZero();
	}

	@Test
	void keepsNotesAndChoicesForTheCatalogAdministrator() {
		Procedure business = catalog.publishedByCode("1.001612").orElseThrow();
		assertThat(business.getProcessingTime().days()).isEqualTo(3);
		assertThat(business.getAdminNote()).contains("Lựa chọn khi nhập dữ liệu mẫu");
		assertThat(business.onlineFee()).contains(150_000L);
		Procedure residence = catalog.publishedByCode("1.004222").orElseThrow();
		assertThat(residence.onlineFee()).as("the online fee, not the in-person one").contains(10_000L);
		Procedure festival = catalog.publishedByCode("1.003622").orElseThrow();
		assertThat(festival.getProcessingTime().dayCount()).isEqualTo(ProcessingTime.DayCount.CALENDAR);
		assertThat(festival.acceptsOnline()).isFalse();
	}

	@Test
	void anImportWithOneBadEntryChangesNothing() {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		String json = """
				[ { "code": "9.999001", "name": "Thủ tục nhập thử", "field": "Thử nghiệm", "level": "COMMUNE",
				    "processingTime": { "workingDays": 3 }, "onlineLevel": "PARTIAL", "channels": ["Trực tuyến"] },
				  { "code": "9.999002", "name": "Thủ tục thiếu thời hạn", "field": "Thử nghiệm", "level": "COMMUNE" } ]
				""";
		var entries = CatalogImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		CatalogImport.Report refused = SystemActor.call(() -> imports.importInto(commune, entries, true));
		assertThat(refused.ok()).isFalse();
		assertThat(refused.problems()).singleElement().asString().contains("#2", "thời hạn");
		assertThat(catalog.publishedByCode("9.999001")).isEmpty();

		CatalogImport.Report accepted = SystemActor.call(() -> imports.importInto(commune, entries.subList(0, 1), true));
		assertThat(accepted.created()).isEqualTo(1);
		Procedure imported = catalog.publishedByCode("9.999001").orElseThrow();
		assertThat(imported.getFormSchema().problems()).as("a default e-form is given").isEmpty();
		assertThat(imported.acceptsOnline()).isTrue();
	}

	@Test
	void exportsWhatItImports() {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		String exported = SystemActor.call(() -> imports.export(commune));
		var entries = CatalogImport.read(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
		assertThat(entries).extracting(CatalogFile.Entry::code).contains("1.001193", "2.000635");
		CatalogImport.Report again = SystemActor.call(() -> imports.importInto(commune, entries, false));
		assertThat(again.ok()).isTrue();
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(entries.size());
		Procedure birth = catalog.publishedByCode("1.001193").orElseThrow();
		assertThat(birth.getFormSchema().title()).isEqualTo("Tờ khai đăng ký khai sinh");
	}

	@Test
	void onlyTheAgencysAdministratorEditsItsCatalog() {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.nuithanh", () -> catalog.ofAgency(commune)))
			.isInstanceOf(AccessDeniedInAgency.class);
		Procedure birth = catalog.publishedByCode("1.001193").orElseThrow();
		assertThatThrownBy(() -> TestUsers.run(users, "chuyenvien.tamanhnam", () -> catalog.unpublish(birth.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThat(TestUsers.as(users, "quantri.tamanhnam", () -> catalog.ofAgency(commune))).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void aSearchIsKeptInMemoryUntilTheCatalogChanges() {
		Procedure birth = catalog.publishedByCode("1.001193").orElseThrow();
		CatalogQuery query = CatalogQuery.text("dang ky khai sinh");
		assertThat(catalog.search(query).items()).extracting(Procedure::getId).contains(birth.getId());
		// a change behind the catalog's back is not seen while the page is kept…
		jdbc.sql("update catalog_procedure set published = false where id = :id").param("id", birth.getId()).update();
		try {
			assertThat(catalog.search(query).items()).extracting(Procedure::getId).contains(birth.getId());
			// …a change through the catalog empties the kept pages at once
			TestUsers.run(users, "quantri.tamanhnam", () -> catalog.publish(birth.getId()));
			TestUsers.run(users, "quantri.tamanhnam", () -> catalog.unpublish(birth.getId()));
			assertThat(catalog.search(query).items()).extracting(Procedure::getId).doesNotContain(birth.getId());
		}
		finally {
			TestUsers.run(users, "quantri.tamanhnam", () -> catalog.publish(birth.getId()));
		}
		assertThat(catalog.search(query).items()).extracting(Procedure::getId).contains(birth.getId());
	}
}
