package vn.minhbach.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.PdfLayout;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The registers of an agency and their books: printed in full as PDF or exported as an Excel
 * workbook with the columns of Decree 30/2020 (outgoing: number and notation, date, type and
 * subject, signer, recipients, copy kept by, copies, note; incoming: arrival date and number,
 * author, number and notation, date, type and subject, received by, date passed on, note). The
 * agency's notation abbreviation and whether it keeps one register per type are set here.
 */
@Service
public class RegisterBooks {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DocumentRegisters registers;

	private final Documents documents;

	private final OrganizationDirectory organization;

	private final MessageSource messages;

	private final AuditLog audit;

	RegisterBooks(DocumentRegisters registers, Documents documents, OrganizationDirectory organization,
			MessageSource messages, AuditLog audit) {
		this.registers = registers;
		this.documents = documents;
		this.organization = organization;
		this.messages = messages;
		this.audit = audit;
	}

	/** How the agency numbers its documents. */
	public record Settings(String abbreviation, boolean perType) {
	}

	@Transactional(readOnly = true)
	public List<DocumentRegister> registers(Long agencyId) {
		Access.require(agencyId, Role.CLERK, Role.LEADER, Role.AGENCY_ADMIN);
		return registers.ofAgency(agencyId);
	}

	@Transactional(readOnly = true)
	public DocumentRegister register(long id) {
		DocumentRegister register = registers.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.register"));
		Access.require(register.agencyId(), Role.CLERK, Role.LEADER, Role.AGENCY_ADMIN);
		return register;
	}

	@Transactional(readOnly = true)
	public Settings settings(Long agencyId) {
		Access.require(agencyId, Role.CLERK, Role.LEADER, Role.AGENCY_ADMIN);
		Agency agency = organization.agency(agencyId);
		return new Settings(registers.abbreviation(agencyId).orElseGet(() -> Notation.suggestedAbbreviation(agency.getName())),
				registers.perType(agencyId));
	}

	@Transactional
	public void saveSettings(Long agencyId, Settings settings) {
		Access.require(agencyId, Role.AGENCY_ADMIN, Role.CLERK);
		String abbreviation = settings.abbreviation() == null ? "" : settings.abbreviation().replaceAll("\\s+", "");
		if (abbreviation.isEmpty() || abbreviation.length() > 30 || !abbreviation.matches("[\\p{L}\\p{N}.&]+")) {
			throw new BusinessRuleViolation("error.document.abbreviation");
		}
		registers.saveSettings(agencyId, abbreviation, settings.perType());
		audit.record(AuditRecord.of("DOCUMENT_SETTINGS_CHANGED", "agency", agencyId.toString())
			.inAgency(agencyId)
			.detail("abbreviation", abbreviation)
			.detail("perType", settings.perType()));
	}

	/** The book's rows, in number order, as the columns of the standard register. */
	@Transactional(readOnly = true)
	public List<List<String>> rows(long registerId) {
		DocumentRegister register = register(registerId);
		List<List<String>> rows = new ArrayList<>();
		for (OfficialDocument d : registers.entries(register, documents)) {
			String typeAndSubject = messages.getMessage(d.getType().messageKey(), null, OutgoingDocuments.VIETNAMESE) + ": "
					+ d.getSubject();
			if (register.direction() == OfficialDocument.Direction.OUTGOING) {
				String recipients = documents.recipients(d.getId()).stream().map(Recipient::name).collect(Collectors.joining("; "));
				rows.add(List.of(d.getNotation(), day(d.getIssuedOn()), typeAndSubject, nz(d.getSignerName()), recipients,
						nz(d.getDrafterName()), Integer.toString(Math.max(1, documents.recipients(d.getId()).size() + 1)),
						d.getIssuedAt() == null ? "" : DAY.format(d.getIssuedAt().atZone(VIETNAM)), "", d.getSecrecy().secret()
								? messages.getMessage(d.getSecrecy().messageKey(), null, OutgoingDocuments.VIETNAMESE) : ""));
			}
			else {
				String handlers = documents.assignments(d.getId())
					.stream()
					.filter(a -> a.role() == Assignment.Role.MAIN)
					.map(Assignment::fullName)
					.collect(Collectors.joining("; "));
				String passedOn = documents.assignments(d.getId())
					.stream()
					.map(Assignment::assignedAt)
					.min(java.util.Comparator.naturalOrder())
					.map(at -> DAY.format(at.atZone(VIETNAM)))
					.orElse("");
				rows.add(List.of(d.getArrivedAt() == null ? "" : DAY.format(d.getArrivedAt().atZone(VIETNAM)),
						Notation.number(d.getArrivalNumber()), nz(d.getAuthorName()), nz(d.getOriginalNotation()),
						day(d.getOriginalDate()), typeAndSubject, handlers, passedOn, "",
						d.getStatus() == DocumentStatus.COMPLETED ? "Đã xử lý" : ""));
			}
		}
		return rows;
	}

	public List<String> headers(DocumentRegister register) {
		return register.direction() == OfficialDocument.Direction.OUTGOING
				? List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung", "Người ký",
						"Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú")
				: List.of("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
						"Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú");
	}

	@Transactional(readOnly = true)
	public byte[] excel(long registerId) {
		DocumentRegister register = register(registerId);
		List<List<String>> rows = rows(registerId);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(register.direction() == OfficialDocument.Direction.OUTGOING ? "Văn bản đi"
					: "Văn bản đến");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			border(header);
			CellStyle cell = workbook.createCellStyle();
			cell.setWrapText(true);
			cell.setVerticalAlignment(VerticalAlignment.TOP);
			border(cell);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(organization.agency(register.agencyId()).getName().toUpperCase(Locale.forLanguageTag("vi")));
			Row name = sheet.createRow(1);
			name.createCell(0).setCellValue(register.name().toUpperCase(Locale.forLanguageTag("vi")));
			name.getCell(0).setCellStyle(header);
			List<String> headers = headers(register);
			Row headerRow = sheet.createRow(3);
			for (int i = 0; i < headers.size(); i++) {
				var c = headerRow.createCell(i);
				c.setCellValue(headers.get(i));
				c.setCellStyle(header);
				sheet.setColumnWidth(i, (i == (register.direction() == OfficialDocument.Direction.OUTGOING ? 2 : 5) ? 50 : 16)
						* 256);
			}
			int r = 4;
			for (List<String> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					var c = row.createCell(i);
					c.setCellValue(values.get(i));
					c.setCellStyle(cell);
				}
			}
			sheet.createFreezePane(0, 4);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	public byte[] pdf(long registerId) {
		DocumentRegister register = register(registerId);
		Agency agency = organization.agency(register.agencyId());
		try (PdfLayout pdf = PdfLayout.a4Landscape()) {
			pdf.metadata(register.name(), agency.getName());
			pdf.centredLine(agency.getName().toUpperCase(Locale.forLanguageTag("vi")), true);
			pdf.title(register.name());
			float[] weights = register.direction() == OfficialDocument.Direction.OUTGOING
					? new float[] { 2.2f, 1.6f, 5, 2, 3, 2, 1.2f, 1.6f, 1.4f, 1.6f }
					: new float[] { 1.6f, 1, 2.6f, 2.2f, 1.6f, 5, 2.4f, 1.6f, 1.4f, 1.6f };
			pdf.table(headers(register), rows(registerId), weights);
			return pdf.toBytes();
		}
	}

	private static void border(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

	private static String day(java.time.LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
