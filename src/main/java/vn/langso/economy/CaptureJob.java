package vn.langso.economy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted capture request (EPCIS 2.0 REST binding: POST /capture answers 202 with this job). */
@Entity
@Table(name = "economy_capture_job")
class CaptureJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long producerId;

	private String status;

	private int eventCount;

	private Instant createdAt;

	private Instant finishedAt;

	protected CaptureJob() {
	}

	CaptureJob(long producerId, int eventCount, Instant now) {
		this.producerId = producerId;
		this.eventCount = eventCount;
		this.createdAt = now;
		this.status = "RUNNING";
	}

	void succeeded(Instant now) {
		this.status = "SUCCESS";
		this.finishedAt = now;
	}

	Long id() {
		return id;
	}

	long producerId() {
		return producerId;
	}

	CaptureJobView view() {
		return new CaptureJobView(id, String.valueOf(id), createdAt, "RUNNING".equals(status), !"FAILED".equals(status),
				"rollback", java.util.List.of(), eventCount, finishedAt);
	}

}
