package vn.langso.feedback;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.SmsGateway;
import vn.langso.identity.Accounts;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.identity.StaffMember;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.WorkingCalendar;

/**
 * The feedback desk of every commune: residents report, staff triage, assign, answer and close,
 * reporters follow, reopen and rate. Each command is one transaction: a refused photo or field leaves
 * nothing behind.
 */
@Service
@Transactional
public class Feedback {

	/** Reports of the same category closer than this are offered as possible duplicates. */
	public static final double DUPLICATE_RADIUS_METRES = 50;

	/** The reporter may ask to reopen a closed report within this many days. */
	public static final int REOPEN_DAYS = 10;

	public static final String SOURCE_WEB = "WEB";

	public static final String SOURCE_OPEN311 = "OPEN311";

	static final Set<Role> TRIAGE = EnumSet.of(Role.ONE_STOP_OFFICER, Role.COMMUNE_LEADER, Role.ADMINISTRATOR);

	static final Set<Role> ASSIGNABLE = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.COMMUNE_LEADER,
			Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final ReportRepository reports;

	private final CategoryRepository categories;

	private final PhotoRepository photos;

	private final ReportEventRepository events;

	private final FollowerRepository followers;

	private final NotificationRepository notifications;

	private final Photos photoCheck;

	private final SmsGateway sms;

	private final Areas areas;

	private final Accounts accounts;

	private final CommuneAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final ReportSearch reportSearch;

	private final WorkingCalendar calendar;

	private final SecureRandom random = new SecureRandom();

	Feedback(ReportRepository reports, CategoryRepository categories, PhotoRepository photos,
			ReportEventRepository events, FollowerRepository followers, NotificationRepository notifications,
			Photos photoCheck, SmsGateway sms, Areas areas, Accounts accounts, CommuneAccess access, AuditLog audit,
			Clock clock, ReportSearch reportSearch, WorkingCalendar calendar) {
		this.reportSearch = reportSearch;
		this.calendar = calendar;
		this.reports = reports;
		this.categories = categories;
		this.photos = photos;
		this.events = events;
		this.followers = followers;
		this.notifications = notifications;
		this.photoCheck = photoCheck;
		this.sms = sms;
		this.areas = areas;
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- categories -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<CategoryView> categories(long communeId, boolean activeOnly) {
		return categories.findByCommuneIdOrderBySortOrderAscNameAsc(communeId).stream()
			.filter(c -> !activeOnly || c.active())
			.map(Category::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CategoryView> categoryByCode(long communeId, String code) {
		return categories.findByCommuneIdAndCode(communeId, code).map(Category::view);
	}

	public CategoryView saveCategory(CurrentUser admin, long communeId, Long categoryId, CategoryForm form) {
		access.require(admin, communeId);
		if (!admin.hasAny(Role.ADMINISTRATOR, Role.COMMUNE_LEADER)) {
			throw new ForbiddenException("categories");
		}
		Category category;
		if (categoryId == null) {
			if (categories.findByCommuneIdAndCode(communeId, form.code()).isPresent()) {
				throw new FeedbackFailure("code", "feedback.validation.codeTaken");
			}
			category = new Category(communeId, form.code());
		}
		else {
			category = categories.findById(categoryId).filter(c -> c.communeId() == communeId)
				.orElseThrow(() -> new NotFoundException("category"));
		}
		CategoryView saved = categories.save(category.update(form)).view();
		audit.record(admin, communeId, "FEEDBACK_CATEGORY_SAVED", "feedback-category", String.valueOf(saved.id()), saved.code());
		return saved;
	}

	// ---- reporting --------------------------------------------------------------------------

	/**
	 * Files a report with up to five photos. Every photo is checked and cleaned before anything is
	 * written; the first photo's EXIF position is used when no position was given.
	 */
	public ReportView report(long communeId, ReportForm form, Reporter reporter, List<byte[]> uploads, String source) {
		if (!reporter.known() && !SOURCE_OPEN311.equals(source)) {
			throw new ForbiddenException("reporter unknown");
		}
		Category category = activeCategory(communeId, form.categoryId());
		if (uploads.size() > Photos.MAX_PHOTOS) {
			throw new FeedbackFailure("photos", "feedback.photo.tooMany", Photos.MAX_PHOTOS);
		}
		List<Photos.Cleaned> cleaned = new ArrayList<>();
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
		if (description.length() < 10 || description.length() > 4000) {
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
		return view(report);
	}

	/** Open reports of the same category within {@value #DUPLICATE_RADIUS_METRES} m, nearest first. */
	@Transactional(readOnly = true)
	public List<ReportView> openNearby(long communeId, long categoryId, double latitude, double longitude) {
		checkRange(latitude, longitude);
		double dLat = DUPLICATE_RADIUS_METRES / 111_320.0;
		double dLon = DUPLICATE_RADIUS_METRES / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
		return reports.openNear(communeId, categoryId, bd(latitude - dLat), bd(latitude + dLat), bd(longitude - dLon),
				bd(longitude + dLon)).stream()
			.filter(r -> metres(latitude, longitude, r.latitude(), r.longitude()) <= DUPLICATE_RADIUS_METRES)
			.sorted((a, b) -> Double.compare(metres(latitude, longitude, a.latitude(), a.longitude()),
					metres(latitude, longitude, b.latitude(), b.longitude())))
			.map(this::view)
			.toList();
	}

	// ---- public reading ---------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<ReportView> publicList(long communeId, ReportStatus status, int limit) {
		List<Report> found = status == null
				? reports.findByCommuneIdOrderByCreatedAtDesc(communeId, PageRequest.of(0, limit))
				: reports.findByCommuneIdAndStatusInOrderByCreatedAtDesc(communeId, List.of(status), PageRequest.of(0, limit));
		return views(found);
	}

	@Transactional(readOnly = true)
	public ReportView publicReport(long communeId, long reportId) {
		return view(reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report")));
	}

	@Transactional(readOnly = true)
	public Optional<ReportView> byTrackingCode(String code) {
		return code == null ? Optional.empty() : reports.findByTrackingCode(code.trim().toUpperCase(java.util.Locale.ROOT)).map(this::view);
	}

	@Transactional(readOnly = true)
	public List<EventView> history(long communeId, long reportId) {
		reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
		return events.findByReportIdOrderByAtAscIdAsc(reportId).stream().map(ReportEvent::view).toList();
	}

	/** Ids of the photos the public may see: none until staff checked them for faces and plates. */
	@Transactional(readOnly = true)
	public List<Long> photoIds(long communeId, long reportId, boolean forStaff) {
		Report report = reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
		return forStaff || report.photosPublic() ? photos.idsOf(reportId) : List.of();
	}

	/** A photo's JPEG bytes; for the public only when the report's photos were published. */
	@Transactional(readOnly = true)
	public byte[] photo(long communeId, long photoId, CurrentUser staffOrNull) {
		Photo photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo"));
		Report report = reports.findByIdAndCommuneId(photo.reportId(), communeId)
			.orElseThrow(() -> new NotFoundException("photo"));
		boolean staff = staffOrNull != null && staffOrNull.isStaff() && access.mayAccess(staffOrNull, communeId);
		if (!staff && !report.photosPublic()) {
			throw new NotFoundException("photo");
		}
		return photo.data();
	}

	// ---- reporter ---------------------------------------------------------------------------

	public boolean isReporter(long communeId, long reportId, Reporter who) {
		return reports.findByIdAndCommuneId(reportId, communeId).map(r -> isReporter(r, who)).orElse(false);
	}

	public void follow(CurrentUser user, long communeId, long reportId) {
		Report report = reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
		if (!followers.existsByReportIdAndAccountId(report.id(), user.accountId())) {
			followers.save(new Follower(report.id(), user.accountId()));
		}
	}

	@Transactional(readOnly = true)
	public boolean follows(CurrentUser user, long reportId) {
		return followers.existsByReportIdAndAccountId(reportId, user.accountId());
	}

	public void rate(long communeId, long reportId, Reporter who, int stars, String comment) {
		Report report = reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
		if (!isReporter(report, who)) {
			throw new ForbiddenException("only the reporter rates");
		}
		if (stars < 1 || stars > 5) {
			throw new FeedbackFailure("stars", "feedback.validation.stars");
		}
		String text = blankToNull(comment);
		if (text != null && text.length() > 1000) {
			throw new FeedbackFailure("comment", "feedback.validation.tooLong");
		}
		try {
			report.rate(stars, text, clock.instant());
		}
		catch (ConflictException notAnswered) {
			throw new FeedbackFailure("stars", "feedback.validation.notAnswered");
		}
		events.save(new ReportEvent(report, clock.instant(), "RATED", null, stars + "/5"));
	}

	public void reopen(long communeId, long reportId, Reporter who, String reason) {
		Report report = reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
		if (!isReporter(report, who)) {
			throw new ForbiddenException("only the reporter reopens");
		}
		if (report.status() != ReportStatus.CLOSED
				|| report.closedAt().plus(Duration.ofDays(REOPEN_DAYS)).isBefore(clock.instant())) {
			throw new FeedbackFailure("reason", "feedback.validation.reopenWindow", REOPEN_DAYS);
		}
		String text = blankToNull(reason);
		if (text == null || text.length() > 1000) {
			throw new FeedbackFailure("reason", "feedback.validation.reason");
		}
		report.reopen(clock.instant());
		events.save(new ReportEvent(report, clock.instant(), "REOPENED", null, text));
		if (report.assigneeAccountId() != null) {
			notify(report.assigneeAccountId(), report, "Phản ánh " + report.trackingCode() + " được người phản ánh đề nghị mở lại.");
		}
	}

	@Transactional(readOnly = true)
	public List<ReportView> mine(CurrentUser user) {
		return views(reports.findByReporterAccountIdOrderByCreatedAtDesc(user.accountId()));
	}

	public List<NotificationView> notifications(CurrentUser user) {
		List<Notification> list = notifications.findTop50ByAccountIdOrderByCreatedAtDesc(user.accountId());
		List<NotificationView> views = list.stream().map(Notification::view).toList();
		list.forEach(Notification::markSeen);
		return views;
	}

	// ---- staff ------------------------------------------------------------------------------

	/**
	 * The triage inbox: everything of the commune for triage roles; for a village head only the reports
	 * assigned to them or located in their village.
	 */
	@Transactional(readOnly = true)
	public List<ReportView> inbox(CurrentUser user, long communeId, String filter) {
		access.require(user, communeId);
		List<Report> all = reports.findByCommuneIdOrderByCreatedAtDesc(communeId, PageRequest.of(0, 500));
		LocalDate today = today();
		return views(all.stream()
			.filter(r -> mayWorkOn(user, r))
			.filter(r -> switch (filter == null ? "open" : filter) {
				case "new" -> r.status() == ReportStatus.NEW;
				case "mine" -> Objects.equals(r.assigneeAccountId(), user.accountId());
				case "overdue" -> r.overdue(today);
				case "all" -> true;
				default -> r.status().isOpen();
			})
			.toList());
	}

	@Transactional(readOnly = true)
	public ReportView forStaff(CurrentUser user, long reportId) {
		return view(workable(user, reportId));
	}

	/** Who reported, for staff who must call back; written to the audit log. */
	public ReporterView reporterOf(CurrentUser user, long reportId) {
		Report report = workable(user, reportId);
		audit.record(user, report.communeId(), "VIEW", "feedback-reporter", String.valueOf(reportId), report.trackingCode());
		return report.reporter();
	}

	@Transactional(readOnly = true)
	public List<StaffMember> assignees(CurrentUser user, long communeId) {
		access.require(user, communeId);
		return accounts.staffOf(communeId).stream()
			.filter(s -> s.roles().stream().anyMatch(ASSIGNABLE::contains))
			.toList();
	}

	/** Assigns (or forwards, when already assigned) with a deadline counted in working days from now. */
	public void assign(CurrentUser user, long reportId, long assigneeId, int workingDays, String note) {
		Report report = workable(user, reportId);
		boolean forwarding = report.assigneeAccountId() != null;
		if (!user.roles().stream().anyMatch(TRIAGE::contains)
				&& !(forwarding && Objects.equals(report.assigneeAccountId(), user.accountId()))) {
			throw new ForbiddenException("triage only");
		}
		if (workingDays < 1 || workingDays > 60) {
			throw new FeedbackFailure("workingDays", "feedback.validation.days");
		}
		StaffMember assignee = assignees(user, report.communeId()).stream()
			.filter(s -> s.accountId() == assigneeId)
			.findFirst()
			.orElseThrow(() -> new FeedbackFailure("assigneeId", "feedback.validation.assignee"));
		try {
			report.assign(assignee.accountId(), assignee.fullName(), deadline(workingDays), clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("assigneeId", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), forwarding ? "FORWARDED" : "ASSIGNED", user.fullName(),
				assignee.fullName() + (blankToNull(note) == null ? "" : " — " + note.strip())));
		notify(assignee.accountId(), report, "Bạn được giao xử lý phản ánh " + report.trackingCode() + ".");
	}

	/** A public answer, by the assignee or a triage official; the reporter and followers are told. */
	public void answer(CurrentUser user, long reportId, String text) {
		Report report = workable(user, reportId);
		if (!user.roles().stream().anyMatch(TRIAGE::contains) && !Objects.equals(report.assigneeAccountId(), user.accountId())) {
			throw new ForbiddenException("not the assignee");
		}
		String answer = blankToNull(text);
		if (answer == null || answer.length() > 4000) {
			throw new FeedbackFailure("answer", "feedback.validation.answer");
		}
		try {
			report.answer(answer, user.fullName(), clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("answer", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), "ANSWERED", user.fullName(), answer));
		String message = "Phản ánh " + report.trackingCode() + " đã được trả lời.";
		Set<Long> told = new LinkedHashSet<>();
		followers.findByReportId(report.id()).forEach(f -> told.add(f.accountId()));
		told.forEach(account -> notify(account, report, message));
		if (report.reporterAccountId() == null && report.reporterPhone() != null) {
			sms.send(report.reporterPhone(), "LangSo: phan anh " + report.trackingCode() + " da duoc tra loi.");
		}
	}

	public void close(CurrentUser user, long reportId, String note) {
		Report report = workable(user, reportId);
		if (!user.roles().stream().anyMatch(TRIAGE::contains)) {
			throw new ForbiddenException("triage only");
		}
		try {
			report.close(clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("note", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), "CLOSED", user.fullName(), blankToNull(note)));
		followers.findByReportId(report.id())
			.forEach(f -> notify(f.accountId(), report, "Phản ánh " + report.trackingCode() + " đã đóng."));
	}

	/** Publishes the photos once an official checked them for faces and number plates (or hides them again). */
	public void publishPhotos(CurrentUser user, long reportId, boolean visible) {
		Report report = workable(user, reportId);
		if (!user.roles().stream().anyMatch(TRIAGE::contains)) {
			throw new ForbiddenException("triage only");
		}
		report.publishPhotos(visible, clock.instant());
		audit.record(user, report.communeId(), visible ? "PHOTOS_PUBLISHED" : "PHOTOS_HIDDEN", "feedback-report",
				String.valueOf(reportId), report.trackingCode());
	}

	@Transactional(readOnly = true)
	public List<EventView> historyForStaff(CurrentUser user, long reportId) {
		Report report = workable(user, reportId);
		return events.findByReportIdOrderByAtAscIdAsc(report.id()).stream().map(ReportEvent::view).toList();
	}

	/**
	 * Escalates every overdue, unanswered report once: its commune's leaders are notified and the step
	 * is written to the report's history. Returns how many reports were escalated.
	 */
	public int escalateOverdue() {
		List<Report> overdue = reports.overdueNotEscalated(today());
		Map<Long, List<StaffMember>> leaders = new HashMap<>();
		for (Report report : overdue) {
			report.escalated(clock.instant());
			events.save(new ReportEvent(report, clock.instant(), "ESCALATED", null, null));
			leaders.computeIfAbsent(report.communeId(), c -> accounts.staffOf(c).stream()
					.filter(s -> s.has(Role.COMMUNE_LEADER)).toList())
				.forEach(leader -> notify(leader.accountId(), report,
						"Phản ánh " + report.trackingCode() + " quá hạn xử lý, chuyển lãnh đạo xã đôn đốc."));
		}
		return overdue.size();
	}

	// ---- Open311 ----------------------------------------------------------------------------

	/**
	 * Open311 search: hands each request of the page to {@code each} as it is read, newest first; returns
	 * how many there were.
	 */
	@Transactional(readOnly = true)
	public int searchRequests(ServiceRequestQuery query, java.util.function.Consumer<ServiceRequestView> each) {
		Map<Long, CategoryView> byId = new HashMap<>();
		categories.findByCommuneIdOrderBySortOrderAscNameAsc(query.communeId()).forEach(c -> byId.put(c.id(), c.view()));
		return reportSearch.search(query, byId, each);
	}

	// ---- helpers ----------------------------------------------------------------------------

	private Report workable(CurrentUser user, long reportId) {
		Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report"));
		access.require(user, report.communeId());
		if (!mayWorkOn(user, report)) {
			throw new NotFoundException("report");
		}
		return report;
	}

	private static boolean mayWorkOn(CurrentUser user, Report report) {
		if (user.roles().stream().anyMatch(TRIAGE::contains) || user.has(Role.PROVINCE_OVERSEER)) {
			return true;
		}
		if (Objects.equals(report.assigneeAccountId(), user.accountId())) {
			return true;
		}
		return user.has(Role.VILLAGE_HEAD) && user.villageId() != null && user.villageId().equals(report.villageId());
	}

	private static boolean isReporter(Report report, Reporter who) {
		if (who == null) {
			return false;
		}
		if (who.accountId() != null && who.accountId().equals(report.reporterAccountId())) {
			return true;
		}
		return report.reporterAccountId() == null && who.confirmedPhone() != null
				&& who.confirmedPhone().equals(report.reporterPhone());
	}

	private void notify(long accountId, Report report, String message) {
		notifications.save(new Notification(accountId, report, message, clock.instant()));
	}

	private Category activeCategory(long communeId, Long categoryId) {
		if (categoryId == null) {
			throw new FeedbackFailure("categoryId", "feedback.validation.category");
		}
		return categories.findById(categoryId).filter(c -> c.communeId() == communeId && c.active())
			.orElseThrow(() -> new FeedbackFailure("categoryId", "feedback.validation.category"));
	}

	private static void checkRange(Double latitude, Double longitude) {
		if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
			throw new FeedbackFailure("latitude", "feedback.validation.latitude");
		}
		if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
			throw new FeedbackFailure("longitude", "feedback.validation.longitude");
		}
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

	/**
	 * The answer deadline of an assignment made now: {@code workingDays} working days on the platform's
	 * calendar (weekends, Tết and the other public holidays skipped, as for dossiers).
	 */
	LocalDate deadline(int workingDays) {
		return calendar.dueDate(clock.instant().atZone(VIETNAM), workingDays);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private ReportView view(Report report) {
		return views(List.of(report)).getFirst();
	}

	private List<ReportView> views(List<Report> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, CategoryView> byId = new HashMap<>();
		list.stream().map(Report::communeId).distinct()
			.forEach(c -> categories.findByCommuneIdOrderBySortOrderAscNameAsc(c).forEach(cat -> byId.put(cat.id(), cat.view())));
		Map<Long, String> villages = new HashMap<>();
		list.stream().map(Report::communeId).distinct()
			.forEach(c -> areas.childrenOf(c).stream().filter(a -> a.level() == AreaLevel.VILLAGE)
				.forEach(v -> villages.put(v.id(), v.name())));
		LocalDate today = today();
		return list.stream()
			.map(r -> r.view(byId.getOrDefault(r.categoryId(), dummyCategory()), villages.get(r.villageId()), today))
			.toList();
	}

	private static CategoryView dummyCategory() {
		return new CategoryView(0, 0, "?", "?", null, null, 1, false, 0);
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

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
