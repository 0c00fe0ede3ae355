package vn.langso.economy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "economy_inquiry")
class Inquiry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long producerId;

	private long productId;

	private String buyerName;

	private String buyerContact;

	private String message;

	private Instant createdAt;

	protected Inquiry() {
	}

	Inquiry(long communeId, long producerId, long productId, InquiryForm form, Instant now) {
		this.communeId = communeId;
		this.producerId = producerId;
		this.productId = productId;
		this.buyerName = form.name().strip();
		this.buyerContact = form.contact().strip();
		this.message = form.message().strip();
		this.createdAt = now;
	}

	InquiryView view() {
		return new InquiryView(id, productId, buyerName, buyerContact, message, createdAt);
	}

}
