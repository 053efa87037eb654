package vn.minhbach.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.portal.PublishedQuestion;
import vn.minhbach.portal.PublishedQuestions;
import vn.minhbach.portal.QuestionPage;

/**
 * The published questions and answers of the portal's agency, for anyone, without a token. Only
 * published items, and the asker's name masked: no contact details ever leave through here.
 */
@RestController
@RequestMapping("/api/v1/portal/questions")
@Tag(name = "Cổng thông tin – Hỏi đáp", description = "Câu hỏi, phản ánh kiến nghị đã trả lời và công khai")
class QuestionRestController {

	private final PublishedQuestions published;

	QuestionRestController(PublishedQuestions published) {
		this.published = published;
	}

	@GetMapping
	@Operation(summary = "Danh sách hỏi đáp đã công khai",
			description = "q: các từ cần tìm trong câu hỏi và câu trả lời (có dấu hoặc không dấu). page: trang, từ 0; "
					+ PublishedQuestions.PAGE_SIZE + " mục một trang, mới nhất trước. Tên người hỏi đã được che.")
	QuestionPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
		return published.search(q, page);
	}

	@GetMapping("/{reference}")
	@Operation(summary = "Một câu hỏi đã công khai theo số tham chiếu",
			description = "Ví dụ HD-261127-0003. Câu hỏi chưa công khai trả về 404.")
	PublishedQuestion question(@PathVariable String reference) {
		return published.byReference(reference);
	}
}
