package vn.langso.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NotFoundException;

/**
 * What anyone may read: a commune's reports with their answers and history, lookup by tracking code,
 * the photos staff published, and the Open311 search. Never the reporter's phone, and their name only
 * when they chose to show it.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {

	private final ReportRepository reports;

	private final PhotoRepository photos;

	private final ReportEventRepository events;

	private final ReportSearch search;

	private final ReportViews views;

	private final CommuneAccess access;

	PublicReports(ReportRepository reports, PhotoRepository photos,
			ReportEventRepository events, ReportSearch search, ReportViews views, CommuneAccess access) {
		this.reports = reports;
		this.photos = photos;
		this.events = events;
		this.search = search;
		this.views = views;
		this.access = access;
	}

	public List<ReportView> publicList(long communeId, ReportStatus status, int limit) {
		List<Report> found = status == null
				? reports.findByCommuneIdOrderByCreatedAtDesc(communeId, PageRequest.of(0, limit))
				: reports.findByCommuneIdAndStatusInOrderByCreatedAtDesc(communeId, List.of(status), PageRequest.of(0, limit));
		return views.views(found);
	}

	public ReportView publicReport(long communeId, long reportId) {
		return views.view(find(communeId, reportId));
	}

	public Optional<ReportView> byTrackingCode(String code) {
		return code == null ? Optional.empty()
				: reports.findByTrackingCode(code.trim().toUpperCase(Locale.ROOT)).map(views::view);
	}

	public List<EventView> history(long communeId, long reportId) {
		find(communeId, reportId);
		return events.findByReportIdOrderByAtAscIdAsc(reportId).stream().map(ReportEvent::view).toList();
	}

	/** Ids of the photos the public may see: none until staff checked them for faces and plates. */
	public List<Long> photoIds(long communeId, long reportId, boolean forStaff) {
		Report report = find(communeId, reportId);
		return forStaff || report.photosPublic() ? photos.idsOf(reportId) : List.of();
	}

	/** A photo's JPEG bytes; for the public only when the report's photos were published. */
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

	/**
	 * Open311 search: hands each request of the page to {@code each} as it is read, newest first; returns
	 * how many there were. One SQL statement, so it needs no transaction of its own (one round trip less
	 * per call on the benchmark's hot path).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchRequests(ServiceRequestQuery query, Consumer<ServiceRequestView> each) {
		return search.search(query, each);
	}

	private Report find(long communeId, long reportId) {
		return reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
	}

}
