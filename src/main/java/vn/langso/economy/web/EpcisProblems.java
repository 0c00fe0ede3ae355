package vn.langso.economy.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.economy.EpcisQueryException;
import vn.langso.economy.EpcisRefused;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * Errors of the EPCIS 2.0 REST binding as problem+json with the binding's exception types
 * ({@code epcisException:ValidationException}, {@code QueryParameterException}, {@code NoSuchNameException},
 * {@code SecurityException}, {@code ImplementationException}), Vietnamese title and detail.
 */
@RestControllerAdvice(assignableTypes = { EpcisCaptureController.class, EpcisQueryController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EpcisProblems {

	private final MessageSource messages;

	EpcisProblems(MessageSource messages) {
		this.messages = messages;
	}

	static ProblemDetail problem(HttpStatus status, String exception, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("epcisException:" + exception));
		problem.setTitle(title);
		problem.setDetail(detail);
		return problem;
	}

	@ExceptionHandler(EpcisRefused.class)
	ResponseEntity<ProblemDetail> refused(EpcisRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "ValidationException", text("epcis.refused.title"),
				text("epcis.refused.detail"));
		problem.setProperty("errors", refused.problems().stream()
			.map(p -> Map.of("event", p.eventIndex(), "message",
					messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)))
			.toList());
		return respond(problem);
	}

	@ExceptionHandler(EpcisQueryException.class)
	ResponseEntity<ProblemDetail> query(EpcisQueryException ex) {
		if (ex.kind() == EpcisQueryException.Kind.NOT_IMPLEMENTED) {
			return respond(problem(HttpStatus.NOT_IMPLEMENTED, "ImplementationException", text("epcis.problem.unsupported.title"),
					text("epcis.problem.unsupported.detail", ex.parameter())));
		}
		return respond(problem(HttpStatus.BAD_REQUEST, "QueryParameterException", text("epcis.problem.parameter.title"),
				text("epcis.problem.parameter.detail", ex.parameter(), ex.value())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "NoSuchNameException", text("epcis.problem.notFound.title"),
				text("epcis.problem.notFound.detail")));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex) {
		return respond(problem(HttpStatus.FORBIDDEN, "SecurityException", text("epcis.problem.forbidden.title"),
				text("epcis.problem.forbidden.detail")));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		// GS1's problem schema wants the instance as an absolute URI
		problem.setInstance(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri());
		return EpcisHeaders.versioned(ResponseEntity.status(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
