package vn.langso.economy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A buyer's message to a producer; the buyer leaves their own contact, the producer's stays private. */
public record InquiryForm(@NotBlank(message = "{economy.inquiry.nameRequired}") @Size(max = 120) String name,
		@NotBlank(message = "{economy.inquiry.contactRequired}") @Size(max = 120) String contact,
		@NotBlank(message = "{economy.inquiry.messageRequired}") @Size(max = 1000, message = "{economy.inquiry.messageLength}") String message) {
}
