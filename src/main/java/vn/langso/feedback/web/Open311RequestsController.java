package vn.langso.feedback.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.feedback.PublicReports;
import vn.langso.feedback.ReportCategories;
import vn.langso.feedback.ReportView;
import vn.langso.feedback.ServiceRequestQuery;
import vn.langso.feedback.ServiceRequestView;
import vn.langso.identity.AreaView;

/**
 * Reading Open311 service requests: the search (by ids, or a window with filters and paging), one
 * request by id, and the request id behind a token. Status is only {@code open} or {@code closed},
 * the public answer is the status notes; richer states are in {@code /api/v1}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311RequestsController {

	/** The spec's default and largest page: "90 days or first 1000 requests, whichever is smallest". */
	static final int MAX_RESULTS = 1000;

	/** How deep paging may go; further back, a client narrows the date window instead. */
	static final int MAX_DEPTH = 10_000;

	static final Duration MAX_WINDOW = Duration.ofDays(90);

	private final ReportCategories categories;

	private final PublicReports reports;

	private final Open311Jurisdictions jurisdictions;

	private final Clock clock;

	Open311RequestsController(ReportCategories categories, PublicReports reports, Open311Jurisdictions jurisdictions,
			Clock clock) {
		this.categories = categories;
		this.reports = reports;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * GET requests: by ids, or the spec's default window (the last 90 days, newest first, at most 1000)
	 * narrowed by service_code, status, start_date and end_date; the widely implemented paging extension
	 * {@code page} (from 1) and {@code page_size} (1 to 1000, default 1000) walks through it, at most
	 * {@value #MAX_DEPTH} requests deep. The page is written to the response row by row as it is read.
	 */
	@GetMapping("/requests.{format}")
	void requests(@PathVariable String format, @RequestParam Map<String, String> params, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Open311Format f = Open311Format.of(format);
		AreaView commune = jurisdictions.jurisdiction(params.get("jurisdiction_id"));
		ServiceRequestQuery query;
		String ids = params.get("service_request_id");
		if (ids != null && !ids.isBlank()) {
			Set<Long> wanted = new LinkedHashSet<>();
			for (String id : ids.split(",")) {
				wanted.add(Open311Params.parseId(id.trim()));
			}
			if (wanted.size() > MAX_RESULTS) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "at most " + MAX_RESULTS + " service_request_id values");
			}
			query = ServiceRequestQuery.byIds(commune.id(), List.copyOf(wanted));
		}
		else {
			Instant end = params.containsKey("end_date") ? Open311Params.date("end_date", params.get("end_date")) : clock.instant();
			Instant start = params.containsKey("start_date") ? Open311Params.date("start_date", params.get("start_date"))
					: end.minus(MAX_WINDOW);
			if (!start.isBefore(end)) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date must be before end_date");
			}
			if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "the date range may not exceed 90 days");
			}
			List<Long> categoryIds = new java.util.ArrayList<>();
			String codes = params.get("service_code");
			if (codes != null && !codes.isBlank()) {
				for (String code : codes.split(",")) {
					if (!code.isBlank()) {
						categoryIds.add(categories.categoryByCode(commune.id(), code.trim())
							.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code.trim() + " not found"))
							.id());
					}
				}
			}
			Boolean closed = Open311Params.status(params.get("status"));
			int pageSize = Open311Params.number(params, "page_size", MAX_RESULTS, MAX_RESULTS);
			int page = Open311Params.number(params, "page", 1, MAX_DEPTH);
			if ((long) page * pageSize > MAX_DEPTH) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "page × page_size may not exceed " + MAX_DEPTH
						+ "; narrow start_date and end_date to read further");
			}
			query = new ServiceRequestQuery(commune.id(), List.of(), start, end, categoryIds, closed,
					(page - 1) * pageSize, pageSize);
		}
		String site = Open311Jurisdictions.site(request);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(f.mediaType.toString());
		try (Open311Document.ListStream list = Open311Document.listStream(f == Open311Format.XML, "service_requests",
				response.getWriter())) {
			reports.searchRequests(query, r -> list.item(request(r, commune, site)));
		}
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, HttpServletRequest http) {
		Open311Format f = Open311Format.of(format);
		AreaView commune = jurisdictions.jurisdiction(jurisdiction);
		long reportId = Open311Params.parseId(id);
		List<Map<String, Object>> found = new ArrayList<>();
		String site = Open311Jurisdictions.site(http);
		reports.searchRequests(ServiceRequestQuery.byIds(commune.id(), List.of(reportId)),
				r -> found.add(request(r, commune, site)));
		if (found.isEmpty()) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found");
		}
		return f.list("service_requests", found);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = Open311Format.of(format);
		AreaView commune = jurisdictions.jurisdiction(jurisdiction);
		ReportView report = reports.byTrackingCode(token).filter(r -> r.communeId() == commune.id())
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "token " + token + " not found"));
		return f.list("service_requests", List.of(Open311Params.ordered("service_request_id", String.valueOf(report.id()), "token",
				report.trackingCode())));
	}

	private static Map<String, Object> request(ServiceRequestView r, AreaView commune, String site) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", String.valueOf(r.id()));
		m.put("status", r.status().open311());
		m.put("status_notes", r.statusNotes());
		m.put("service_name", r.serviceName());
		m.put("service_code", r.serviceCode());
		m.put("description", r.description());
		m.put("agency_responsible", commune.name());
		m.put("service_notice", null);
		m.put("requested_datetime", Open311Params.ISO.format(r.requestedAt().atZone(Open311Params.VIETNAM).toOffsetDateTime()));
		m.put("updated_datetime", Open311Params.ISO.format(r.updatedAt().atZone(Open311Params.VIETNAM).toOffsetDateTime()));
		m.put("expected_datetime", r.deadline() == null ? null
				: Open311Params.ISO.format(r.deadline().atTime(17, 0).atZone(Open311Params.VIETNAM).toOffsetDateTime()));
		m.put("address", r.address());
		m.put("address_id", null);
		m.put("zipcode", null);
		m.put("lat", r.latitude());
		m.put("long", r.longitude());
		m.put("media_url", r.publicPhotoId() == null ? null
				: site + "/xa/" + commune.slug() + "/phan-anh/anh/" + r.publicPhotoId());
		return m;
	}

}
