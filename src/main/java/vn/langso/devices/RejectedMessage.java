package vn.langso.devices;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message the listener refused, kept (truncated) so operators can see who sends what. */
@Entity
@Table(name = "devices_rejected_message")
class RejectedMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant receivedAt;

	private String topic;

	private String reason;

	private String payload;

	protected RejectedMessage() {
	}

	RejectedMessage(Instant receivedAt, String topic, String reason, String payload) {
		this.receivedAt = receivedAt;
		this.topic = topic.length() > 300 ? topic.substring(0, 300) : topic;
		this.reason = reason;
		this.payload = payload == null || payload.length() <= 1000 ? payload : payload.substring(0, 1000);
	}

	RejectedMessageView view() {
		return new RejectedMessageView(receivedAt, topic, reason, payload);
	}

}
