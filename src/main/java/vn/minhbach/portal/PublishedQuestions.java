package vn.minhbach.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.NotFoundException;

/**
 * The published questions and answers of the agency the portal serves, for anyone: searched with
 * or without diacritics, a page at a time, newest first. Personal data is masked here, once, so
 * no page or API can show more.
 */
@Service
public class PublishedQuestions {

	/** Questions on a page of the public list. */
	public static final int PAGE_SIZE = 10;

	private final Questions questions;

	private final OrganizationDirectory organization;

	PublishedQuestions(Questions questions, OrganizationDirectory organization) {
		this.questions = questions;
		this.organization = organization;
	}

	/** Searches the published questions: every word must appear in the question or its answer. */
	@Transactional(readOnly = true)
	public QuestionPage search(String text, int page) {
		String query = text == null ? "" : text.trim();
		if (query.length() > 200) {
			query = query.substring(0, 200);
		}
		int current = Math.max(0, page);
		Optional<Agency> host = organization.hostAgency();
		if (host.isEmpty()) {
			return new QuestionPage(List.of(), query, current, PAGE_SIZE, 0);
		}
		List<String> words = QuestionDesk.words(query);
		List<PublishedQuestion> items = questions
			.published(host.get().getId(), words, PAGE_SIZE, (long) current * PAGE_SIZE)
			.stream()
			.map(question -> view(question, host.get()))
			.toList();
		return new QuestionPage(items, query, current, PAGE_SIZE, questions.countPublished(host.get().getId(), words));
	}

	/** The latest published questions, for the home page. */
	@Transactional(readOnly = true)
	public List<PublishedQuestion> latest(int limit) {
		return organization.hostAgency()
			.map(host -> questions.published(host.getId(), List.of(), Math.max(1, Math.min(limit, 50)), 0)
				.stream()
				.map(question -> view(question, host))
				.toList())
			.orElse(List.of());
	}

	/** A published question by its reference number; unpublished ones do not exist for the public. */
	@Transactional(readOnly = true)
	public PublishedQuestion byReference(String reference) {
		Agency host = organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.question"));
		return questions.byReference(reference == null ? "" : reference.trim().toUpperCase(java.util.Locale.ROOT))
			.filter(Question::isPublished)
			.filter(question -> question.getAgencyId().equals(host.getId()))
			.map(question -> view(question, host))
			.orElseThrow(() -> new NotFoundException("error.notFound.question"));
	}

	private PublishedQuestion view(Question q, Agency host) {
		String answeredBy = q.getDepartmentId() == null ? host.getName()
				: organization.department(q.getDepartmentId()).getName() + ", " + host.getName();
		return new PublishedQuestion(q.getReference(), q.getKind(), q.getField(), q.getPublicTitle(), q.getPublicContent(),
				q.maskedAsker(), q.getSubmittedAt(), q.getAnswer(), answeredBy, q.getAnsweredAt(), q.getPublishedAt());
	}
}
