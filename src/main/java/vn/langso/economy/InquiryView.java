package vn.langso.economy;

import java.time.Instant;

public record InquiryView(long id, long productId, String buyerName, String buyerContact, String message, Instant createdAt) {
}
