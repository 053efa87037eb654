package vn.minhbach.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.RateLimited;

/**
 * RFC 9457 problem details for the REST API, with messages in the request's language
 * (Vietnamese by default). Never exposes exception class names or stack traces.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private final MessageSource messages;

	ApiErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.messageKey(), null, locale);
	}

	@ExceptionHandler(AccessDeniedInAgency.class)
	ProblemDetail forbidden(AccessDeniedInAgency ex, Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "error.403.text", null, locale);
	}

	@ExceptionHandler({ ConcurrentChange.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "concurrent-change", "error.409.text", null, locale);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ProblemDetail businessRule(BusinessRuleViolation ex, Locale locale) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", ex.messageKey(), ex.arguments(), locale);
	}

	@ExceptionHandler(RateLimited.class)
	ProblemDetail rateLimited(RateLimited ex, Locale locale) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "error.429.text", null, locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "error.validation.title", null, locale);
		Map<String, String> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.collect(Collectors.toMap(error -> error.getField(), error -> messages.getMessage(error, locale), (a, b) -> a));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, String key, Object[] arguments, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(java.net.URI.create("https://minhbach.vn/problems/" + type));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(key, arguments, key, locale));
		return problem;
	}
}
