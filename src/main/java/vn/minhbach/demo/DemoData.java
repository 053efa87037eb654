package vn.minhbach.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.minhbach.catalog.CatalogFile;
import vn.minhbach.catalog.CatalogImport;
import vn.minhbach.identity.CitizenRegistration;
import vn.minhbach.identity.CitizenRegistration.RegistrationCommand;
import vn.minhbach.identity.StaffAdministration;
import vn.minhbach.identity.StaffAdministration.RoleLine;
import vn.minhbach.identity.StaffAdministration.StaffCommand;
import vn.minhbach.organization.AdministrativeUnit;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.Commands.AgencyCommand;
import vn.minhbach.organization.Commands.DepartmentCommand;
import vn.minhbach.organization.Commands.PositionCommand;
import vn.minhbach.organization.Commands.UnitCommand;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.UnitKind;
import vn.minhbach.platform.DatabaseMode;
import vn.minhbach.portal.QuestionDesk;
import vn.minhbach.portal.QuestionKind;
import vn.minhbach.portal.QuestionSubmission;
import vn.minhbach.portal.WorkEventCommand;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.portal.WorkWeek;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.SystemActor;

/**
 * Loads the demo organisation and accounts on an empty database when wanted. Identification
 * codes of the district and commune agencies are demo values (each province assigns its own).
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganizationDirectory directory;

	private final OrganizationAdministration organization;

	private final StaffAdministration staff;

	private final CitizenRegistration citizens;

	private final CatalogImport catalog;

	private final vn.minhbach.catalog.ProcedureCatalog procedures;

	private final DatabaseMode database;

	private final QuestionDesk questionDesk;

	private final WorkSchedule workSchedule;

	private final DemoDataProperties properties;

	private final vn.minhbach.portal.PublicDisclosures disclosures;

	/** The commune's civil-status procedures (hộ tịch), handled by the Tư pháp – Hộ tịch department. */
	static final List<String> CIVIL_STATUS = List.of("1.001193", "1.000656", "1.000894", "1.001022", "1.004859", "1.004873",
			"2.000635", "1.004884");

	DemoData(OrganizationDirectory directory, OrganizationAdministration organization, StaffAdministration staff,
			CitizenRegistration citizens, CatalogImport catalog, vn.minhbach.catalog.ProcedureCatalog procedures,
			DatabaseMode database, DemoDataProperties properties, QuestionDesk questionDesk, WorkSchedule workSchedule,
			vn.minhbach.portal.PublicDisclosures disclosures) {
		this.questionDesk = questionDesk;
		this.workSchedule = workSchedule;
		this.disclosures = disclosures;
		this.procedures = procedures;
		this.directory = directory;
		this.organization = organization;
		this.staff = staff;
		this.citizens = citizens;
		this.catalog = catalog;
		this.database = database;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("audit-verify")) {
			return;
		}
		if (!properties.wanted(database.embedded())) {
			log.info("Demo data not loaded (minhbach.demo-data={}, {})", properties.demoData(), database.description());
			return;
		}
		if (!directory.agencies().isEmpty()) {
			return;
		}
		log.info("Loading demo data (empty database, minhbach.demo-data={})", properties.demoData());
		SystemActor.run(this::load);
	}

	void load() {
		AdministrativeUnit quangNam = unit(null, UnitKind.PROVINCE, "Quảng Nam", "49", 15.5736, 108.4740);
		AdministrativeUnit nuiThanh = unit(quangNam, UnitKind.DISTRICT, "Núi Thành", "517", 15.4313, 108.6607);
		Map<String, String> communes = new LinkedHashMap<>();
		communes.put("Tam Xuân I", "20968");
		communes.put("Tam Xuân II", "20971");
		communes.put("Tam Tiến", "20974");
		communes.put("Tam Sơn", "20977");
		communes.put("Tam Thạnh", "20980");
		communes.put("Tam Anh Bắc", "20983");
		communes.put("Tam Anh Nam", "20984");
		communes.put("Tam Hòa", "20986");
		communes.put("Tam Hiệp", "20989");
		communes.put("Tam Hải", "20992");
		communes.put("Tam Giang", "20995");
		communes.put("Tam Quang", "20998");
		communes.put("Tam Nghĩa", "21001");
		communes.put("Tam Mỹ Tây", "21004");
		communes.put("Tam Mỹ Đông", "21005");
		unit(nuiThanh, UnitKind.TOWNSHIP, "Núi Thành", "20965", null, null);
		AdministrativeUnit tamAnhNam = null;
		for (var commune : communes.entrySet()) {
			boolean home = commune.getKey().equals("Tam Anh Nam");
			AdministrativeUnit created = unit(nuiThanh, UnitKind.COMMUNE, commune.getKey(), commune.getValue(),
					home ? 15.4965 : null, home ? 108.5936 : null);
			if (home) {
				tamAnhNam = created;
			}
		}

		Agency province = organization.createAgency(new AgencyCommand(quangNam.getId(), null, "000.00.00.H47",
				"Ủy ban nhân dân tỉnh Quảng Nam", "UBND tỉnh Quảng Nam", "62 Hùng Vương, thành phố Tam Kỳ, tỉnh Quảng Nam",
				"02353810000", null, null, 15.5736, 108.4740, null, null));
		Agency district = organization.createAgency(new AgencyCommand(nuiThanh.getId(), province.getId(), "000.00.17.H47",
				"Ủy ban nhân dân huyện Núi Thành", "UBND huyện Núi Thành", "Thị trấn Núi Thành, huyện Núi Thành, tỉnh Quảng Nam",
				"02353871221", "ubnd@nuithanh.quangnam.gov.vn", null, 15.4313, 108.6607,
				"Cơ quan hành chính nhà nước ở địa phương, thực hiện chức năng quản lý nhà nước trên địa bàn huyện theo Luật Tổ chức chính quyền địa phương.",
				null));
		Agency commune = organization.createAgency(new AgencyCommand(tamAnhNam.getId(), district.getId(), "000.08.17.H47",
				"Ủy ban nhân dân xã Tam Anh Nam", "UBND xã Tam Anh Nam", "Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam",
				"02353592696", "tamanhnam@nuithanh.quangnam.gov.vn", null, 15.4965, 108.5936,
				"""
						Ủy ban nhân dân xã do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan \
						hành chính nhà nước ở địa phương. Ủy ban nhân dân xã tổ chức thực hiện Hiến pháp, pháp luật và nghị \
						quyết của Hội đồng nhân dân xã; quản lý nhà nước về kinh tế, văn hóa, xã hội, quốc phòng, an ninh \
						trên địa bàn; tiếp nhận và giải quyết thủ tục hành chính cho người dân theo cơ chế một cửa, một cửa \
						liên thông.""",
				null));
		organization.setHostAgency(commune.getId());

		Map<String, Department> communeDepartments = departments(commune.getId(), List.of(
				new String[] { "MOTCUA", "Bộ phận tiếp nhận và trả kết quả", "true" },
				new String[] { "VP", "Văn phòng – Thống kê", "false" },
				new String[] { "TPHT", "Tư pháp – Hộ tịch", "false" },
				new String[] { "DCXD", "Địa chính – Xây dựng – Nông nghiệp – Môi trường", "false" },
				new String[] { "VHXH", "Văn hóa – Xã hội", "false" },
				new String[] { "TCKT", "Tài chính – Kế toán", "false" }));
		Map<String, Department> districtDepartments = departments(district.getId(), List.of(
				new String[] { "MOTCUA", "Bộ phận tiếp nhận và trả kết quả", "true" },
				new String[] { "VP", "Văn phòng HĐND và UBND", "false" },
				new String[] { "TP", "Phòng Tư pháp", "false" },
				new String[] { "TNMT", "Phòng Tài nguyên và Môi trường", "false" },
				new String[] { "KTHT", "Phòng Kinh tế và Hạ tầng", "false" },
				new String[] { "TCKH", "Phòng Tài chính – Kế hoạch", "false" },
				new String[] { "LDTBXH", "Phòng Lao động – Thương binh và Xã hội", "false" },
				new String[] { "VHTT", "Phòng Văn hóa và Thông tin", "false" }));

		positions(commune.getId(), communeDepartments, List.of(
				new String[] { "", "Chủ tịch UBND xã", "Nguyễn Văn Hùng", "true",
						"Lãnh đạo, điều hành chung mọi hoạt động của UBND xã; phụ trách nội chính, tài chính, cải cách hành chính.",
						"Sinh năm 1972, quê quán xã Tam Anh Nam. Cử nhân Luật; cao cấp lý luận chính trị. Phó Chủ tịch UBND xã "
								+ "giai đoạn 2016–2021; Chủ tịch UBND xã từ tháng 7/2021." },
				new String[] { "", "Phó Chủ tịch UBND xã", "Trần Thị Mai", "true",
						"Phụ trách văn hóa – xã hội, giáo dục, y tế, chính sách xã hội.",
						"Sinh năm 1980. Cử nhân Quản lý văn hóa; trung cấp lý luận chính trị. Công chức Văn hóa – Xã hội xã "
								+ "giai đoạn 2008–2021; Phó Chủ tịch UBND xã từ tháng 7/2021." },
				new String[] { "", "Phó Chủ tịch UBND xã", "Lê Minh Tuấn", "true",
						"Phụ trách kinh tế, địa chính, xây dựng, nông nghiệp, môi trường.",
						"Sinh năm 1978. Kỹ sư Quản lý đất đai; trung cấp lý luận chính trị. Công chức Địa chính – Xây dựng xã "
								+ "giai đoạn 2005–2019; Phó Chủ tịch UBND xã từ năm 2019." },
				new String[] { "TPHT", "Công chức Tư pháp – Hộ tịch", "Phạm Thị Lan", "false", null },
				new String[] { "VP", "Công chức Văn phòng – Thống kê", "Võ Văn Bình", "false", null },
				new String[] { "MOTCUA", "Công chức Bộ phận một cửa", "Huỳnh Thị Thu", "false", null }));
		positions(district.getId(), districtDepartments, List.of(
				new String[] { "", "Chủ tịch UBND huyện", "Đặng Quốc Khánh", "true",
						"Lãnh đạo, điều hành chung; phụ trách nội chính, tổ chức bộ máy, cải cách hành chính." },
				new String[] { "", "Phó Chủ tịch UBND huyện", "Ngô Thị Hạnh", "true", "Phụ trách khối văn hóa – xã hội." },
				new String[] { "", "Phó Chủ tịch UBND huyện", "Bùi Văn Sơn", "true", "Phụ trách khối kinh tế – hạ tầng." }));

		accounts(commune, communeDepartments, "tamanhnam");
		accounts(district, districtDepartments, "nuithanh");
		staff.create(new StaffCommand("admin", "Quản trị hệ thống", "admin@minhbach.local", null, DemoAccounts.PASSWORD,
				List.of(new RoleLine(Role.SYSTEM_ADMIN, null, null)), null));

		citizens.register(new RegistrationCommand("Nguyễn Văn An", "049090001234", LocalDate.of(1990, 5, 12),
				"0905123456", "congdan.demo@minhbach.local", DemoAccounts.PASSWORD, DemoAccounts.PASSWORD, true,
				"Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam"),
				"congdan.demo");
		citizens.register(new RegistrationCommand("Trần Thị Bích", "049195004321", LocalDate.of(1995, 9, 3),
				"0935765432", "congdan2.demo@minhbach.local", DemoAccounts.PASSWORD, DemoAccounts.PASSWORD, true,
				"Thôn Phước Lộc, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam"),
				"congdan2.demo");
		List<CatalogFile.Entry> seed = CatalogImport.seed();
		var communeReport = catalog.importInto(commune.getId(),
				seed.stream().filter(entry -> !"PROVINCE".equals(entry.level())).toList(), true);
		var provinceReport = catalog.importInto(province.getId(),
				seed.stream().filter(entry -> "PROVINCE".equals(entry.level())).toList(), true);
		if (!communeReport.ok() || !provinceReport.ok()) {
			throw new IllegalStateException("The catalog seed does not import: " + communeReport.problems()
					+ provinceReport.problems());
		}
		// civil-status procedures are examined by the civil-status officer's department
		Long civilStatus = communeDepartments.get("TPHT").getId();
		for (String code : CIVIL_STATUS) {
			procedures.publishedByCode(code)
				.filter(procedure -> procedure.getAgencyId().equals(commune.getId()))
				.ifPresent(procedure -> procedures.defineWorkflow(procedure.getId(), procedure.getVersion(),
						vn.minhbach.catalog.WorkflowStep.defaultFor(procedure.getProcessingTime(), civilStatus)));
		}
		portal(commune);
		portalInformation(commune, nuiThanh);
		log.info("Demo data loaded: 18 units, 3 agencies, {} staff accounts, 2 citizens, {} procedures",
				DemoAccounts.STAFF.size() * 2 + 1, communeReport.created() + provinceReport.created());
	}

	// portal: questions, work calendar
	/**
	 * Questions and feedback received by the commune (some answered and published) and the
	 * leaders' work calendar of this week and the next, both published, relative to today.
	 */
	private void portal(Agency commune) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		String[][] questions = {
				{ "QUESTION", "Hộ tịch", "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
						"Vợ chồng tôi chưa đăng ký kết hôn, nay sinh con được 2 tháng. Xin hỏi thủ tục đăng ký khai sinh cho cháu cần những giấy tờ gì và có được ghi tên cha trong giấy khai sinh không?",
						"Nguyễn Thị Hồng Nhung", "hongnhung.demo@example.vn", "", "12",
						"Trường hợp cha mẹ chưa đăng ký kết hôn, khi đăng ký khai sinh cho con Ông/Bà nộp tờ khai đăng ký khai sinh và giấy chứng sinh. Để ghi tên cha trong giấy khai sinh, Ông/Bà thực hiện đồng thời thủ tục đăng ký khai sinh kết hợp nhận cha, con tại Bộ phận một cửa UBND xã (Điều 15 Nghị định 123/2015/NĐ-CP). Thời hạn giải quyết: ngay trong ngày làm việc; trường hợp cần xác minh không quá 3 ngày làm việc." },
				{ "QUESTION", "Chứng thực", "Chứng thực bản sao giấy tờ có cần mang bản chính không",
						"Tôi muốn chứng thực bản sao sổ hộ khẩu và căn cước công dân để nộp hồ sơ xin việc. Xin hỏi có cần mang bản chính không, lệ phí bao nhiêu?",
						"Trần Văn Phúc", "", "0912345678", "9",
						"Khi chứng thực bản sao từ bản chính, Ông/Bà xuất trình bản chính để đối chiếu. Lệ phí là 2.000 đồng/trang, từ trang thứ ba trở đi 1.000 đồng/trang (Thông tư 226/2016/TT-BTC). Lưu ý: sổ hộ khẩu giấy không còn giá trị sử dụng từ ngày 01/01/2023, Ông/Bà có thể dùng thông báo số định danh cá nhân hoặc ứng dụng VNeID." },
				{ "FEEDBACK", "Môi trường", "Rác thải tồn đọng tại khu vực chợ Tam Anh",
						"Khu vực phía sau chợ Tam Anh có rác thải tồn đọng nhiều ngày, bốc mùi hôi ảnh hưởng đến các hộ dân xung quanh. Đề nghị UBND xã chỉ đạo thu gom kịp thời.",
						"Lê Thị Thu Hà", "thuha.demo@example.vn", "0935111222", "6",
						"UBND xã đã chỉ đạo Tổ thu gom rác thải thôn Nam Định thu gom toàn bộ rác tồn đọng trong ngày và tăng tần suất thu gom tại khu vực chợ lên hằng ngày. Cảm ơn Bà đã phản ánh; mọi vấn đề phát sinh xin liên hệ Công chức Địa chính – Xây dựng – Nông nghiệp – Môi trường." },
				{ "FEEDBACK", "Giao thông", "Đèn chiếu sáng đường liên thôn bị hỏng",
						"Đoạn đường liên thôn từ thôn Phước Lộc đi thôn Nam Định có 4 bóng đèn chiếu sáng bị hỏng hơn một tháng nay, buổi tối đi lại rất nguy hiểm.",
						"Phạm Văn Đức", "", "0905987654", "3", null },
				{ "QUESTION", "Đất đai", "Thủ tục tách thửa đất ở",
						"Gia đình tôi có thửa đất ở 300 m2 tại thôn Phước Lộc, muốn tách thửa cho con trai. Xin hỏi diện tích tối thiểu được tách thửa và hồ sơ nộp ở đâu?",
						"Võ Minh Tâm", "minhtam.demo@example.vn", "", "1", null } };
		for (String[] q : questions) {
			var question = questionDesk.record(commune.getId(),
					new QuestionSubmission(QuestionKind.valueOf(q[0]), q[1], q[2], q[3], q[4], q[5], q[6], true),
					today.minusDays(Long.parseLong(q[7])));
			if (q[8] != null) {
				var answered = questionDesk.answer(question.getId(), question.getVersion(),
						new QuestionDesk.AnswerCommand(q[8], null, null, true));
				log.debug("Demo question {} answered and published", answered.getReference());
			}
		}

		var leaders = directory.leaders(commune.getId());
		Long chairman = leaders.get(0).getId();
		Long vice1 = leaders.size() > 1 ? leaders.get(1).getId() : chairman;
		Long vice2 = leaders.size() > 2 ? leaders.get(2).getId() : chairman;
		WorkWeek thisWeek = workSchedule.currentWeek();
		Object[][] week = {
				{ 0, "07:30", "09:00", List.of(chairman, vice1, vice2), "Giao ban lãnh đạo UBND xã đầu tuần", "Phòng họp UBND xã",
						"Các công chức chuyên môn", "Văn phòng – Thống kê" },
				{ 0, "14:00", "16:30", List.of(vice2), "Kiểm tra tiến độ xây dựng đường giao thông nông thôn thôn Phước Lộc",
						"Thôn Phước Lộc", "Công chức Địa chính – Xây dựng, Trưởng thôn Phước Lộc", "Địa chính – Xây dựng – Nông nghiệp – Môi trường" },
				{ 1, "08:00", "11:00", List.of(chairman), "Tiếp công dân định kỳ", "Phòng tiếp công dân UBND xã",
						"Công chức Tư pháp – Hộ tịch, Văn phòng – Thống kê", "Tư pháp – Hộ tịch" },
				{ 2, "07:30", null, List.of(vice1), "Dự lễ phát động Tháng hành động vì người cao tuổi", "Trường Tiểu học Tam Anh Nam",
						"Hội Người cao tuổi xã", "Văn hóa – Xã hội" },
				{ 2, "14:00", "17:00", List.of(chairman, vice2), "Họp Ban chỉ đạo chuyển đổi số xã", "Phòng họp UBND xã",
						"Thành viên Ban chỉ đạo", "Văn phòng – Thống kê" },
				{ 3, "08:00", "11:30", List.of(chairman), "Dự hội nghị trực tuyến về cải cách hành chính của UBND huyện",
						"Điểm cầu UBND xã", "Công chức Bộ phận một cửa", "Văn phòng – Thống kê" },
				{ 4, "14:00", "16:00", List.of(vice1), "Làm việc với Trạm Y tế xã về công tác tiêm chủng mở rộng", "Trạm Y tế xã",
						"Trạm trưởng Trạm Y tế", "Văn hóa – Xã hội" },
				{ 4, "16:00", "17:00", List.of(chairman, vice1, vice2), "Họp giao ban cuối tuần, đánh giá kết quả công tác tuần",
						"Phòng họp UBND xã", "Các công chức chuyên môn", "Văn phòng – Thống kê" } };
		vn.minhbach.portal.WorkEvent toCancel = null;
		for (WorkWeek shown : List.of(thisWeek, thisWeek.next())) {
			for (Object[] e : week) {
				@SuppressWarnings("unchecked")
				List<Long> who = (List<Long>) e[3];
				var event = workSchedule.add(commune.getId(),
						new WorkEventCommand(shown.monday().plusDays((Integer) e[0]), java.time.LocalTime.parse((String) e[1]),
								e[2] == null ? null : java.time.LocalTime.parse((String) e[2]), who, null, (String) e[4],
								(String) e[5], (String) e[6], (String) e[7]));
				if (shown.equals(thisWeek) && (Integer) e[0] == 3) {
					toCancel = event;
				}
			}
			workSchedule.publish(commune.getId(), shown);
		}
		workSchedule.add(commune.getId(), new WorkEventCommand(thisWeek.monday().plusDays(3), java.time.LocalTime.of(14, 0),
				java.time.LocalTime.of(16, 0), List.of(chairman), null,
				"Làm việc với Đoàn công tác UBND huyện về công tác quản lý đất đai", "Phòng họp UBND xã", "Lãnh đạo UBND xã, Công chức Địa chính", "Địa chính – Xây dựng – Nông nghiệp – Môi trường"));
		if (toCancel != null) {
			workSchedule.remove(toCancel.id(), toCancel.version());
		}
	}

	private void accounts(Agency agency, Map<String, Department> departments, String suffix) {
		Map<String, String> names = suffix.equals("tamanhnam")
				? Map.of("quantri", "Võ Văn Bình", "lanhdao", "Nguyễn Văn Hùng", "motcua", "Huỳnh Thị Thu", "chuyenvien",
						"Phạm Thị Lan", "truongphong", "Trần Quốc Việt", "vanthu", "Lê Thị Hoa", "bientap", "Đỗ Minh Quân")
				: Map.of("quantri", "Trương Công Danh", "lanhdao", "Đặng Quốc Khánh", "motcua", "Phan Thị Ngọc", "chuyenvien",
						"Hồ Văn Tài", "truongphong", "Lê Minh Tuấn", "vanthu", "Lý Thị Hằng", "bientap", "Châu Minh Nhật");
		Map<String, String> departmentOf = Map.of("quantri", "VP", "lanhdao", "", "motcua", "MOTCUA", "chuyenvien",
				suffix.equals("tamanhnam") ? "TPHT" : "TP", "truongphong", suffix.equals("tamanhnam") ? "TPHT" : "TP",
				"vanthu", "VP", "bientap", "VP");
		for (String[] entry : DemoAccounts.STAFF) {
			String username = entry[0] + "." + suffix;
			Department department = departments.get(departmentOf.get(entry[0]));
			staff.create(new StaffCommand(username, names.get(entry[0]), username + "@minhbach.local", null,
					DemoAccounts.PASSWORD,
					List.of(new RoleLine(Role.valueOf(entry[1]), agency.getId(), department == null ? null : department.getId())),
					null));
		}
	}

	private AdministrativeUnit unit(AdministrativeUnit parent, UnitKind kind, String name, String code, Double latitude,
			Double longitude) {
		return organization.createUnit(new UnitCommand(parent == null ? null : parent.getId(), kind, name, code, null,
				latitude, longitude, null));
	}

	private Map<String, Department> departments(Long agencyId, List<String[]> rows) {
		Map<String, Department> created = new LinkedHashMap<>();
		int order = 0;
		for (String[] row : rows) {
			created.put(row[0], organization.createDepartment(agencyId,
					new DepartmentCommand(row[0], row[1], Boolean.parseBoolean(row[2]), order++, null)));
		}
		return created;
	}

	private void positions(Long agencyId, Map<String, Department> departments, List<String[]> rows) {
		int order = 0;
		for (String[] row : rows) {
			Department department = departments.get(row[0]);
			organization.createPosition(agencyId, new PositionCommand(department == null ? null : department.getId(), row[1],
					row[2], Boolean.parseBoolean(row[3]), row[4], row.length > 5 ? row[5] : null, order++, null));
		}
	}

	// portal: information, statistics, map ------------------------------------------------------

	/** Approximate centres of the district's communes and township, for the portal's map. */
	static final Map<String, double[]> PLACES = Map.ofEntries(Map.entry("Tam Xuân I", new double[] { 15.5180, 108.5510 }),
			Map.entry("Tam Xuân II", new double[] { 15.5080, 108.5800 }), Map.entry("Tam Tiến", new double[] { 15.4950, 108.6500 }),
			Map.entry("Tam Sơn", new double[] { 15.4300, 108.5300 }), Map.entry("Tam Thạnh", new double[] { 15.4300, 108.5900 }),
			Map.entry("Tam Anh Bắc", new double[] { 15.5100, 108.6100 }), Map.entry("Tam Hòa", new double[] { 15.4700, 108.6800 }),
			Map.entry("Tam Hiệp", new double[] { 15.4450, 108.6350 }), Map.entry("Tam Hải", new double[] { 15.4600, 108.7000 }),
			Map.entry("Tam Giang", new double[] { 15.4150, 108.6650 }), Map.entry("Tam Quang", new double[] { 15.4050, 108.6900 }),
			Map.entry("Tam Nghĩa", new double[] { 15.3900, 108.7100 }), Map.entry("Tam Mỹ Tây", new double[] { 15.3700, 108.6100 }),
			Map.entry("Tam Mỹ Đông", new double[] { 15.3800, 108.6500 }), Map.entry("Núi Thành", new double[] { 15.4280, 108.6560 }));

	/**
	 * The portal's demo content: the units of the district located on the map, and the commune's
	 * disclosures (plans and reports, budget, procurement), each a small generated PDF.
	 */
	private void portalInformation(Agency commune, AdministrativeUnit district) {
		for (AdministrativeUnit unit : directory.units()) {
			double[] place = PLACES.get(unit.getName());
			if (place != null && district.getId().equals(unit.getParentId()) && unit.getLatitude() == null) {
				organization.updateUnit(unit.getId(), new UnitCommand(unit.getParentId(), unit.getKind(), unit.getName(),
						unit.getCode(), unit.getLegacyCode(), place[0], place[1], unit.getVersion()));
			}
		}
		String[][] rows = {
				{ "PLAN_REPORT", "2025-12-22", "Kế hoạch phát triển kinh tế – xã hội năm 2026 của xã Tam Anh Nam",
						"Các chỉ tiêu chủ yếu về kinh tế, văn hóa – xã hội, quốc phòng – an ninh năm 2026 và giải pháp thực hiện." },
				{ "PLAN_REPORT", "2026-06-25", "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026",
						"Tình hình thực hiện kế hoạch phát triển kinh tế – xã hội, cải cách hành chính 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm." },
				{ "BUDGET", "2026-01-08", "Công khai dự toán ngân sách xã năm 2026",
						"Dự toán thu, chi ngân sách xã năm 2026 đã được Hội đồng nhân dân xã quyết định (biểu mẫu theo Thông tư 343/2016/TT-BTC)." },
				{ "BUDGET", "2026-07-15", "Công khai tình hình thực hiện dự toán ngân sách xã 6 tháng đầu năm 2026", null },
				{ "PROCUREMENT", "2026-03-12", "Kế hoạch lựa chọn nhà thầu công trình bê tông hóa đường giao thông thôn Phước Lộc",
						"Gói thầu xây lắp, chỉ định thầu rút gọn; nguồn vốn ngân sách xã và nhân dân đóng góp." },
				{ "PROCUREMENT", "2026-04-20", "Kết quả lựa chọn nhà thầu gói thầu xây lắp đường giao thông thôn Phước Lộc", null } };
		for (String[] row : rows) {
			LocalDate date = LocalDate.parse(row[1]);
			byte[] pdf;
			try (var layout = vn.minhbach.pdf.PdfLayout.a4()) {
				pdf = layout.metadata(row[2], commune.getName())
					.nationalHeader("UBND huyện Núi Thành", commune.getShortName(), null,
							"Tam Anh Nam, ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear())
					.title(row[2])
					.paragraph(row[3] != null ? row[3] : row[2] + ".")
					.paragraph("Tài liệu mẫu của bản trình diễn Minh Bạch.")
					.toBytes();
			}
			disclosures.publish(commune.getId(),
					new vn.minhbach.portal.PublicDisclosures.Details(vn.minhbach.portal.DisclosureCategory.valueOf(row[0]), row[2],
							row[3], date),
					new java.io.ByteArrayInputStream(pdf), vn.minhbach.shared.VietnameseText.slug(row[2]) + ".pdf");
		}
	}
}
