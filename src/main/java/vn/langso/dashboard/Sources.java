package vn.langso.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.langso.broadcast.BroadcastFigures;
import vn.langso.community.CommunityFigures;
import vn.langso.devices.DeviceFigures;
import vn.langso.dossier.DossierFigures;
import vn.langso.economy.EconomyFigures;
import vn.langso.feedback.FeedbackFigures;

/**
 * The figures indicators may be built from, each read from its module's figure API. A figure is named
 * {@code module.measure}; a denominator may also be a positive whole number (a constant, as DHIS2's
 * "Number" indicators use 1). Figures of one module are fetched together, once per refresh and period.
 */
@Service
public class Sources {

	/** Fetches every measure of one group for a set of communes and a window [from, to). */
	interface Fetch {

		Map<String, vn.langso.shared.AreaCounts> fetch(Collection<Long> communeIds, Instant from, Instant to);

	}

	record Group(String module, boolean snapshot, boolean villages, List<String> measures, Fetch fetch) {
	}

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final Map<String, SourceView> sources = new LinkedHashMap<>();

	Sources(DossierFigures dossiers, FeedbackFigures feedback, CommunityFigures community, DeviceFigures devices,
			BroadcastFigures broadcast, EconomyFigures economy) {
		group("dossier", false, false, List.of(DossierFigures.SUBMITTED, DossierFigures.SUBMITTED_ONLINE,
				DossierFigures.SUBMITTED_FULLY_ONLINE, DossierFigures.RETURNED, DossierFigures.RETURNED_ON_TIME,
				DossierFigures.RATINGS, DossierFigures.RATINGS_SATISFIED, DossierFigures.RATING_POINTS,
				DossierFigures.RATING_MAX_POINTS), dossiers::figures);
		group("feedback", false, true, List.of(FeedbackFigures.RECEIVED, FeedbackFigures.DUE,
				FeedbackFigures.ANSWERED_ON_TIME), feedback::figures);
		group("community", true, true, List.of(CommunityFigures.HOUSEHOLDS, CommunityFigures.HOUSEHOLDS_REACHED,
				CommunityFigures.RESIDENTS, CommunityFigures.TRAINED, CommunityFigures.EPAYMENT,
				CommunityFigures.VNEID_LEVEL2, CommunityFigures.ONLINE_SERVICES, CommunityFigures.SMARTPHONE),
				(ids, from, to) -> community.figures(ids));
		group("devices", true, true, List.of(DeviceFigures.REGISTERED, DeviceFigures.ONLINE, DeviceFigures.CAMERAS,
				DeviceFigures.WIFI, DeviceFigures.LOUDSPEAKERS), (ids, from, to) -> devices.figures(ids));
		group("broadcast", false, false, List.of(BroadcastFigures.PUBLISHED, BroadcastFigures.RECIPIENTS,
				BroadcastFigures.DELIVERED), broadcast::figures);
		group("economy", false, false, List.of(EconomyFigures.BATCHES, EconomyFigures.BATCHES_TRACED),
				economy::batches);
		group("economy", true, true, List.of(EconomyFigures.PAYMENT_POINTS, EconomyFigures.VIETQR_POINTS),
				(ids, from, to) -> economy.paymentPoints(ids));
	}

	private void group(String module, boolean snapshot, boolean villages, List<String> measures, Fetch fetch) {
		Group group = new Group(module, snapshot, villages, measures, fetch);
		for (String measure : measures) {
			String code = module + "." + measure;
			groups.put(code, group);
			sources.put(code, new SourceView(code, module, snapshot, villages));
		}
	}

	/** Every figure, in the order of the modules. */
	public List<SourceView> all() {
		return List.copyOf(sources.values());
	}

	/** The figure named {@code code}; empty for constants and unknown names. */
	public Optional<SourceView> source(String code) {
		return Optional.ofNullable(code).map(sources::get);
	}

	/** A positive whole-number constant ("1", "1000"), or null when the text is not a number. */
	static Long constant(String code) {
		if (code == null || !code.matches("\\d{1,9}")) {
			return null;
		}
		return Long.parseLong(code);
	}

	Group group(String code) {
		return groups.get(code);
	}

	static String measure(String code) {
		return code.substring(code.indexOf('.') + 1);
	}

}
