package vn.langso.feedback.web;

import org.springframework.http.HttpStatus;

/** A refusal answered in the spec's error format: a list of one code and description. */
final class Open311Error extends RuntimeException {

	final HttpStatus status;

	Open311Error(HttpStatus status, String description) {
		super(description);
		this.status = status;
	}

}
