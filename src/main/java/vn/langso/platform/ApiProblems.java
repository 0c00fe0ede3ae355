package vn.langso.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * Problem details (RFC 9457) for every REST controller: the status, a Vietnamese title and detail,
 * and for invalid input the fields at fault. Never a stack trace. Standard APIs with an error format
 * of their own (Open311) declare a more specific advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "error.404.title", "error.404.text");
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "error.403.title", "error.403.text");
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.409.title", "error.409.text");
		problem.setProperty("reason", ex.getMessage());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(text("error.400.title"));
		problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale()));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.400.fields");
		List<Map<String, String>> fields = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message",
					messages.getMessage(error, locale())))
			.toList();
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getTitle() != null && statusCode.is4xxClientError()) {
			problem.setTitle(text("error.400.title"));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(text(titleKey));
		problem.setDetail(text(detailKey));
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
