package vn.langso.economy;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A capture job in the shape of the EPCIS 2.0 REST binding's {@code CaptureJob} schema: captureID, createdAt,
 * running, success, captureErrorBehaviour and errors (RFC 7807 problems; empty when the job succeeded), plus
 * how many events the job held and when it finished. This repository captures all or nothing ("rollback").
 */
public record CaptureJobView(@JsonIgnore long id, @JsonProperty("captureID") String captureID, Instant createdAt,
		boolean running, boolean success, String captureErrorBehaviour, List<CaptureError> errors, int eventCount,
		Instant finishedAt) {

	/** One error of a failed job, as an RFC 7807 problem body. */
	public record CaptureError(String type, String title, Integer status, String detail) {
	}

}
