package vn.langso.broadcast;

import java.time.Instant;

/** One channel's delivery of an announcement. */
public record DeliveryView(Channel channel, int recipients, int delivered, String detail, Instant at) {
}
