package vn.langso.broadcast;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one channel did with one announcement. */
@Entity
@Table(name = "broadcast_delivery")
class ChannelDelivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long announcementId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private int recipients;

	private int delivered;

	private String detail;

	private Instant at;

	protected ChannelDelivery() {
	}

	ChannelDelivery(long announcementId, Channel channel, int recipients, int delivered, String detail, Instant at) {
		this.announcementId = announcementId;
		this.channel = channel;
		this.recipients = recipients;
		this.delivered = delivered;
		this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
		this.at = at;
	}

	DeliveryView view() {
		return new DeliveryView(channel, recipients, delivered, detail, at);
	}

}
