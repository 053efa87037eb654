package vn.minhbach.dossier;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.minhbach.catalog.AgencyLevel;
import vn.minhbach.catalog.Channel;
import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureDetails;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.organization.Agency;

/**
 * A made-up dossier to preview an edited form template with: a request for a certificate of
 * marital status, filed online by a citizen of the agency's area, received this morning and at
 * its second step. Nothing of it is stored.
 *
 * @param tables the rows of the tables: made up for the papers and steps, from the answers for the answers
 * @param extra the values only some forms need (a reason, a new date, the signer)
 */
record FormPreviewSample(Procedure procedure, Dossier dossier, OfficialForms.Tables tables, Map<String, String> extra) {

	static final String PROCEDURE_NAME = "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân";

	static final FormSchema SCHEMA = FormSchema.parse("""
			{ "version": 1, "title": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "sections": [
			  { "key": "requester", "title": "Người yêu cầu", "fields": [
			    { "key": "fullName", "label": "Họ, chữ đệm, tên", "type": "text", "required": true },
			    { "key": "dateOfBirth", "label": "Ngày, tháng, năm sinh", "type": "date", "required": true },
			    { "key": "citizenId", "label": "Số định danh cá nhân", "type": "citizenId", "required": true },
			    { "key": "address", "label": "Nơi cư trú", "type": "text", "required": true } ] },
			  { "key": "request", "title": "Nội dung yêu cầu", "fields": [
			    { "key": "maritalStatus", "label": "Tình trạng hôn nhân", "type": "text", "required": true },
			    { "key": "purpose", "label": "Mục đích sử dụng Giấy xác nhận", "type": "text", "required": true } ] } ] }
			""");

	private static final DateTimeFormatter DOSSIER_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/**
	 * @param area the agency's area in full ("Tam Anh Nam, Núi Thành, Quảng Nam"), where the applicant lives
	 * @param signer the name under the agency's signature (its first leader), or null
	 */
	static FormPreviewSample of(Agency agency, String area, String signer, Instant now, LocalDate today) {
		String address = "Thôn Phú Quý, " + area;
		Procedure procedure = new Procedure(agency.getId(), new ProcedureDetails("1.004873", PROCEDURE_NAME, "Hộ tịch",
				AgencyLevel.COMMUNE, null, new ProcessingTime(3, ProcessingTime.DayCount.WORKING, null), OnlineLevel.FULL,
				Set.of(Channel.ONLINE, Channel.IN_PERSON), List.of(),
				List.of(new Paper("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", Paper.PaperForm.ORIGINAL, 1, true,
						null, null, null, true),
						new Paper("Giấy tờ chứng minh nơi cư trú", Paper.PaperForm.COPY, 1, false, null, null, null, false)),
				"Giấy xác nhận tình trạng hôn nhân", null, List.of(), SCHEMA, null, null));
		var applicant = new Applicant(null, "Lê Thị Hồng Nhung", "049196001234", "0905123789", "nhung.le@example.vn",
				address);
		var answers = FormAnswers.empty()
			.with("requester", List.of(Map.of("fullName", applicant.fullName(), "dateOfBirth", "1996-04-18", "citizenId",
					applicant.citizenId(), "address", address)))
			.with("request", List.of(Map.of("maritalStatus", "Chưa đăng ký kết hôn với ai", "purpose",
					"Đăng ký kết hôn")));
		LocalDate due = workingDaysAfter(today, 3);
		Dossier dossier = Dossier.draft(null, "1.004873", PROCEDURE_NAME, agency.getId(), procedure.getProcessingTime(),
				null, applicant, answers, now);
		dossier.submit(agency.getCode() + "-" + DOSSIER_DAY.format(today) + "-0001", "form-preview",
				applicant, now, due);
		dossier.receive(now, due);
		String received = OfficialForms.DATE_TIME.format(today.atTime(LocalTime.of(8, 15)));
		String taken = OfficialForms.DATE_TIME.format(today.atTime(LocalTime.of(8, 40)));
		var tables = new OfficialForms.Tables(
				() -> List.of(List.of("1", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (tờ khai điện tử)", "Điện tử", "1"),
						List.of("2", "Giấy tờ chứng minh nơi cư trú", "Bản sao (điện tử)", "1")),
				() -> List.of(
						List.of("1", "Bộ phận tiếp nhận và trả kết quả – Tiếp nhận hồ sơ\nGiao: " + applicant.fullName()
								+ "\nNhận: cán bộ tiếp nhận", "Giao: " + received + "\nNhận: " + received,
								OfficialForms.DATE.format(today), "Đúng hạn", ""),
						List.of("2", "Tư pháp – Hộ tịch – Thẩm định hồ sơ\nGiao: cán bộ tiếp nhận\nNhận: công chức tư pháp – hộ tịch",
								"Giao: " + received + "\nNhận: " + taken, OfficialForms.DATE.format(workingDaysAfter(today, 2)),
								"Đang xử lý", ""),
						List.of("3", "Lãnh đạo phê duyệt\nGiao: \nNhận: ", "Giao: \nNhận: ", OfficialForms.DATE.format(due), "",
								"")),
				() -> OfficialForms.answerRows(dossier, procedure));
		Map<String, String> extra = Map.of("reason",
				"Tờ khai chưa ghi rõ mục đích sử dụng Giấy xác nhận.\nThiếu giấy tờ chứng minh nơi cư trú trong thời gian trước khi chuyển đến.",
				"newDueDate", OfficialForms.DATE.format(workingDaysAfter(due, 2)), "signer", signer == null ? "" : signer);
		return new FormPreviewSample(procedure, dossier, tables, extra);
	}

	/** Weekends skipped; holidays are not worth the calendar for a sample. */
	private static LocalDate workingDaysAfter(LocalDate day, int days) {
		LocalDate result = day;
		int left = days;
		while (left > 0) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return result;
	}
}
