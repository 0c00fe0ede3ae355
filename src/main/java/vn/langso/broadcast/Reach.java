package vn.langso.broadcast;

import java.util.List;

import vn.langso.devices.CommandSummary;

/**
 * How far an announcement went: each channel's recipients, the loudspeakers and LED boards that
 * acknowledged and reported playing it, and the households of the targeted villages when the
 * household registry is there to tell ({@code null} otherwise).
 */
public record Reach(AnnouncementView announcement, List<DeliveryView> channels, CommandSummary speakers,
		CommandSummary ledBoards, Long households) {

	/** Percentage of targeted loudspeakers that reported playing, or null without speakers. */
	public Integer speakerCoverage() {
		return speakers.sent() == 0 ? null : (int) Math.round(100.0 * speakers.devicesPlayed() / speakers.sent());
	}

}
