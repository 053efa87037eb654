package vn.minhbach.exchange.codec;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A status message (gói tin trạng thái): how the recipient of a package is handling it, sent back
 * to the sender.
 * <p>
 * QCVN 102:2016 names the fields but leaves their layout to implementations; this codec follows
 * the reference implementation's (VNPT's SDK as used by {@code tungsfer512/edxml-convert}, whose
 * status JSON has {@code header.status.{responsefor, from, statuscode, description, timestamp,
 * staffinfo}}): the package's envelope with an {@code edXML:Status} in place of the
 * {@code edXML:MessageHeader}, and no body.
 *
 * <pre>
 * edXML
 * └ edXML:edXMLEnvelope
 *   └ edXML:edXMLHeader
 *     └ edXML:Status
 *       ├ edXML:ResponseFor (OrganId, Code as "15/QĐ-UBND", PromulgationDate, DocumentId)
 *       ├ edXML:From (OrganId, OrganizationInCharge, OrganName, OrganAdd, Email, Telephone, Fax, Website)
 *       ├ edXML:StatusCode ("01")    edXML:Description    edXML:Timestamp
 *       └ edXML:StaffInfo (Department, Staff, Mobile, Email)
 * </pre>
 *
 * Required: {@code responseFor} (its OrganId, Code and DocumentId), {@code from} (its OrganId),
 * {@code statusCode} and {@code timestamp}.
 *
 * @param responseFor the package whose handling is reported
 * @param from the agency reporting
 * @param description a message to the sender (the reason of a refusal…)
 * @param timestamp when the status was issued, local time of Vietnam, to the second
 * @param staffInfo the officer who handled it
 */
public record EdxmlStatus(ResponseFor responseFor, Organ from, StatusCode statusCode, String description,
		LocalDateTime timestamp, StaffInfo staffInfo) {

	public EdxmlStatus {
		description = Values.clean(description);
		timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS);
	}

	/** The two-digit {@code StatusCode}s of QCVN 102:2016. */
	public enum StatusCode {
		/** 01 — đã đến: the package arrived. */
		ARRIVED("01"),
		/** 02 — từ chối tiếp nhận: refused on arrival. */
		REFUSED("02"),
		/** 03 — đã tiếp nhận: received and registered. */
		REGISTERED("03"),
		/** 04 — đã đến, đang chờ phân công: registered, waiting for a leader to assign a handler. */
		ASSIGNED("04"),
		/** 05 — đã phân công, đang xử lý: a handler is working on it. */
		IN_PROCESS("05"),
		/** 06 — đã xử lý xong: handling completed. */
		COMPLETED("06"),
		/** 13 — thu hồi: the sender asks to recall the document. */
		RECALL_REQUESTED("13"),
		/** 15 — đồng ý thu hồi/cập nhật: the recipient accepts a recall or an update. */
		RECALL_ACCEPTED("15"),
		/** 16 — từ chối thu hồi/cập nhật: the recipient refuses a recall or an update. */
		RECALL_REFUSED("16");

		private final String code;

		StatusCode(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		/** @throws IllegalArgumentException for a code QCVN 102:2016 does not define */
		public static StatusCode of(String code) {
			return Arrays.stream(values())
				.filter(value -> value.code.equals(code))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown status code " + code));
		}
	}
}
