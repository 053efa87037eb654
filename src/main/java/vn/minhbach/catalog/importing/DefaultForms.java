package vn.minhbach.catalog.importing;

import java.util.List;

import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.FormSchema.Field;
import vn.minhbach.catalog.FormSchema.Section;

/** The smallest usable e-form, for procedures imported without one: who asks, what for, and the declaration. */
public final class DefaultForms {

	private DefaultForms() {
	}

	public static FormSchema minimal(String procedureName) {
		return new FormSchema(1, "Đơn đề nghị: " + procedureName, List.of(
				new Section("requester", "Người đề nghị", null, null, List.of(
						new Field("fullName", "Họ, chữ đệm và tên", "text", true, null, "fullName", null, 100, null, null, null),
						new Field("citizenId", "Số định danh cá nhân", "citizenId", true, null, "citizenId", null, null, null,
								null, null),
						new Field("dateOfBirth", "Ngày sinh", "date", false, null, "dateOfBirth", null, null, null, null, true),
						new Field("phone", "Số điện thoại", "phone", true, null, "phone", null, null, null, null, null),
						new Field("email", "Thư điện tử", "email", false, null, "email", null, null, null, null, null),
						new Field("address", "Nơi cư trú", "text", true, null, "address", null, 300, null, null, null))),
				new Section("request", "Nội dung đề nghị", null, null, List.of(new Field("content", "Nội dung đề nghị",
						"textarea", true, "Trình bày ngắn gọn việc bạn đề nghị cơ quan giải quyết", null, null, 2000, null, null,
						null))),
				new Section("declaration", "Cam đoan", null, null, List.of(new Field("truthful",
						"Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.",
						"checkbox", true, null, null, null, null, null, null, null)))));
	}
}
