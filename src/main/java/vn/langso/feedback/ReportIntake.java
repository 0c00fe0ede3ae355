package vn.langso.feedback;

import static vn.langso.feedback.Texts.blankToNull;
import static vn.langso.feedback.Texts.checkRange;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Areas;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/**
 * Residents' reports coming in, from the web form or Open311: checked, photos cleaned, stored with a
 * tracking code in one transaction (a refused photo or field leaves nothing behind), and the open
 * reports nearby offered as possible duplicates.
 */
@Service
@Transactional
public class ReportIntake {

	/** Reports of the same category closer than this are offered as possible duplicates. */
	public static final double DUPLICATE_RADIUS_METRES = 50;

	public static final String SOURCE_WEB = "WEB";

	public static final String SOURCE_OPEN311 = "OPEN311";

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final ReportRepository reports;

	private final ReportCategories categories;

	private final PhotoRepository photos;

	private final ReportEventRepository events;

	private final FollowerRepository followers;

	private final Photos photoCheck;

	private final Areas areas;

	private final ReportViews views;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ReportIntake(ReportRepository reports, ReportCategories categories, PhotoRepository photos,
			ReportEventRepository events, FollowerRepository followers, Photos photoCheck, Areas areas,
			ReportViews views, Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.photos = photos;
		this.events = events;
		this.followers = followers;
		this.photoCheck = photoCheck;
		this.areas = areas;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * Files a report with up to five photos. Every photo is checked and cleaned before anything is
	 * written; the first photo's EXIF position is used when no position was given.
	 */
	public ReportView report(long communeId, ReportForm form, Reporter reporter, List<byte[]> uploads, String source) {
		if (!reporter.known() && !SOURCE_OPEN311.equals(source)) {
			throw new ForbiddenException("reporter unknown");
		}
		Category category = categories.active(communeId, form.categoryId());
		if (uploads.size() > Photos.MAX_PHOTOS) {
			throw new FeedbackFailure("photos", "feedback.photo.tooMany", Photos.MAX_PHOTOS);
		}
		List<Photos.Cleaned> cleaned = new ArrayList<>();
		try {
			photoCheck.requireTotalPixels(uploads);
		}
		catch (InvalidInputException refused) {
			throw new FeedbackFailure("photos", refused.messageKey(), refused.arguments());
		}
		for (byte[] upload : uploads) {
			try {
				cleaned.add(photoCheck.clean(upload));
			}
			catch (InvalidInputException refused) {
				throw new FeedbackFailure("photos", refused.messageKey(), refused.arguments());
			}
		}
		Double latitude = form.latitude();
		Double longitude = form.longitude();
		if ((latitude == null) != (longitude == null)) {
			throw new FeedbackFailure("latitude", "feedback.validation.bothCoordinates");
		}
		if (latitude == null) {
			Optional<Photos.Cleaned> located = cleaned.stream().filter(c -> c.latitude() != null).findFirst();
			if (located.isPresent()) {
				latitude = located.get().latitude();
				longitude = located.get().longitude();
			}
		}
		checkRange(latitude, longitude);
		String address = blankToNull(form.address());
		if (latitude == null && address == null) {
			throw new FeedbackFailure("address", "feedback.validation.location");
		}
		if (form.villageId() != null && !areas.isVillageOf(form.villageId(), communeId)) {
			throw new FeedbackFailure("villageId", "validation.village.unknown");
		}
		String description = form.description() == null ? "" : form.description().strip();
		// GeoReport v2 makes description optional for other systems; people on the pages write at least 10 characters
		int shortest = SOURCE_OPEN311.equals(source) ? 0 : 10;
		if (description.length() < shortest || description.length() > 4000) {
			throw new FeedbackFailure("description", "feedback.validation.description");
		}
		Instant now = clock.instant();
		Report report = new Report(communeId, form.villageId(), category.id(), newTrackingCode(), description,
				latitude, longitude, address, source, now)
			.reportedBy(reporter.accountId(), reporter.confirmedPhone(), reporter.name(), Boolean.TRUE.equals(form.showName()));
		reports.save(report);
		for (Photos.Cleaned photo : cleaned) {
			photos.save(new Photo(report.id(), communeId, photo));
		}
		events.save(new ReportEvent(report, now, "RECEIVED", null, null));
		if (reporter.accountId() != null) {
			followers.save(new Follower(report.id(), reporter.accountId()));
		}
		return views.view(report);
	}

	/** Open reports of the same category within {@value #DUPLICATE_RADIUS_METRES} m, nearest first. */
	@Transactional(readOnly = true)
	public List<ReportView> openNearby(long communeId, long categoryId, double latitude, double longitude) {
		checkRange(latitude, longitude);
		double dLat = DUPLICATE_RADIUS_METRES / 111_320.0;
		double dLon = DUPLICATE_RADIUS_METRES / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
		return views.views(reports.openNear(communeId, categoryId, bd(latitude - dLat), bd(latitude + dLat),
				bd(longitude - dLon), bd(longitude + dLon)).stream()
			.filter(r -> metres(latitude, longitude, r.latitude(), r.longitude()) <= DUPLICATE_RADIUS_METRES)
			.sorted((a, b) -> Double.compare(metres(latitude, longitude, a.latitude(), a.longitude()),
					metres(latitude, longitude, b.latitude(), b.longitude())))
			.toList());
	}

	private String newTrackingCode() {
		while (true) {
			StringBuilder code = new StringBuilder("PA");
			for (int i = 0; i < 8; i++) {
				code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
			}
			if (!reports.existsByTrackingCode(code.toString())) {
				return code.toString();
			}
		}
	}

	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double r = 6_371_000;
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * r * Math.asin(Math.sqrt(a));
	}

	private static BigDecimal bd(double value) {
		return BigDecimal.valueOf(value);
	}

}
