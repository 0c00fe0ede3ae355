package vn.langso.shared;

import org.springframework.boot.health.contributor.Status;

/**
 * The health status of a side system the web application can serve without (the MQTT broker,
 * text-to-speech): {@code DEGRADED}. It ranks below {@code UP} in the root {@code /actuator/health}
 * (what load balancers read: one broker outage must not take every node out of service) and above it
 * in the {@code side-systems} group ({@code /actuator/health/side-systems}, 503 when degraded), which
 * monitoring reads (docs/decisions.md, "Health and metrics").
 */
public final class SideSystemHealth {

	public static final Status DEGRADED = new Status("DEGRADED");

	private SideSystemHealth() {
	}

}
