package vn.minhbach.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.RateLimited;

/**
 * Turns the named domain exceptions thrown under HTML pages into the friendly, localised error
 * pages ({@code templates/error/<status>.html}) with the right status, through the servlet
 * container's error dispatch so that the pages get the normal layout. Controllers handle the
 * ones they can explain next to a form themselves.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

	static final String MESSAGE_KEY = "messageKey";

	static final String MESSAGE_TEXT = "messageText";

	private final MessageSource messages;

	WebErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(MESSAGE_KEY, ex.messageKey());
		response.sendError(404);
	}

	@ExceptionHandler(AccessDeniedInAgency.class)
	void forbidden(AccessDeniedInAgency ex, HttpServletResponse response) throws IOException {
		log.info("Refused (role or agency): {}", ex.getMessage());
		response.sendError(403);
	}

	@ExceptionHandler({ ConcurrentChange.class, OptimisticLockingFailureException.class })
	void conflict(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(409);
	}

	/**
	 * An upload larger than the whole request may be: back to the page it came from with the
	 * explanation (nothing the person entered before is lost, drafts are saved page by page).
	 */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String referer = request.getHeader("Referer");
		String host = request.getServerName();
		if (referer != null && java.net.URI.create(referer).getHost() != null
				&& java.net.URI.create(referer).getHost().equals(host)) {
			var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
			flash.put("warning", "error.file.requestTooLarge");
			org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(referer, request, response);
			return "redirect:" + java.net.URI.create(referer).getRawPath();
		}
		request.setAttribute(MESSAGE_TEXT, messages.getMessage("error.file.requestTooLarge", null, request.getLocale()));
		response.sendError(413);
		return null;
	}

	@ExceptionHandler(RateLimited.class)
	void rateLimited(RateLimited ex, HttpServletResponse response) throws IOException {
		response.sendError(429);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	void businessRule(BusinessRuleViolation ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		request.setAttribute(MESSAGE_TEXT, messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		response.sendError(422);
	}
}
