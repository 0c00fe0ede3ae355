package vn.langso.feedback.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.feedback.ApiKeys;
import vn.langso.feedback.CategoryView;
import vn.langso.feedback.Feedback;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.ReportForm;
import vn.langso.feedback.ReportView;
import vn.langso.feedback.ServiceRequestQuery;
import vn.langso.feedback.ServiceRequestView;
import vn.langso.feedback.Reporter;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): discovery, services, service
 * definitions, requests (search and create), single requests and tokens, each in XML and JSON. A
 * jurisdiction is a commune, named by its URL slug; errors are the spec's list of code and description.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int MAX_RESULTS = 1000;

	/** How deep paging may go; further back, a client narrows the date window instead. */
	static final int MAX_DEPTH = 10_000;

	static final Duration MAX_WINDOW = Duration.ofDays(90);

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private final Feedback feedback;

	private final ApiKeys apiKeys;

	private final Areas areas;

	private final String defaultJurisdiction;

	private final java.time.Clock clock;

	Open311Controller(Feedback feedback, ApiKeys apiKeys, Areas areas, java.time.Clock clock,
			@Value("${langso.feedback.open311.default-jurisdiction:binh-hoa}") String defaultJurisdiction) {
		this.feedback = feedback;
		this.apiKeys = apiKeys;
		this.areas = areas;
		this.clock = clock;
		this.defaultJurisdiction = defaultJurisdiction;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Format f = Format.of(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base(request));
		endpoint.put("changeset", "2026-11-26T00:00:00+07:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("changeset", "2026-11-26T00:00:00+07:00");
		doc.put("contact", "Bộ phận một cửa của xã (xem danh bạ cán bộ trên cổng thông tin xã)");
		doc.put("key_service", "API keys are issued by the commune administrator (Khu làm việc → Phản ánh → Khóa API).");
		doc.put("endpoints", List.of(endpoint));
		return f == Format.XML ? f.body(Open311Document.xmlObject("discovery", doc)) : f.body(Open311Document.json(doc));
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Format f = Format.of(format);
		AreaView commune = jurisdiction(jurisdiction);
		List<Map<String, Object>> list = feedback.categories(commune.id(), true).stream().map(this::service).toList();
		return f.list("services", list);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Format f = Format.of(format);
		AreaView commune = jurisdiction(jurisdiction);
		CategoryView category = feedback.categoryByCode(commune.id(), code).filter(CategoryView::active)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		List<Map<String, Object>> values = new ArrayList<>();
		for (AreaView village : villages(commune)) {
			values.add(ordered("key", String.valueOf(village.id()), "name", village.name()));
		}
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", "village");
		attribute.put("datatype", "singlevaluelist");
		attribute.put("required", false);
		attribute.put("datatype_description", "Id of the village (thôn/xóm) where the problem is");
		attribute.put("order", 1);
		attribute.put("description", "Thôn/xóm");
		attribute.put("values", values);
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("service_code", category.code());
		doc.put("attributes", List.of(attribute));
		return f == Format.XML ? f.body(Open311Document.xmlObject("service_definition", doc))
				: f.body(Open311Document.json(doc));
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
		Format f = Format.of(format);
		AreaView commune = jurisdiction(params.get("jurisdiction_id"));
		ServiceRequestQuery query;
		String ids = params.get("service_request_id");
		if (ids != null && !ids.isBlank()) {
			Set<Long> wanted = new LinkedHashSet<>();
			for (String id : ids.split(",")) {
				wanted.add(parseId(id.trim()));
			}
			if (wanted.size() > MAX_RESULTS) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "at most " + MAX_RESULTS + " service_request_id values");
			}
			query = ServiceRequestQuery.byIds(commune.id(), List.copyOf(wanted));
		}
		else {
			Instant end = params.containsKey("end_date") ? date("end_date", params.get("end_date")) : clock.instant();
			Instant start = params.containsKey("start_date") ? date("start_date", params.get("start_date"))
					: end.minus(MAX_WINDOW);
			if (!start.isBefore(end)) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date must be before end_date");
			}
			if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "the date range may not exceed 90 days");
			}
			Long categoryId = null;
			String code = params.get("service_code");
			if (code != null && !code.isBlank()) {
				categoryId = feedback.categoryByCode(commune.id(), code.trim())
					.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"))
					.id();
			}
			Boolean closed = status(params.get("status"));
			int pageSize = number(params, "page_size", MAX_RESULTS, MAX_RESULTS);
			int page = number(params, "page", 1, MAX_DEPTH);
			if ((long) page * pageSize > MAX_DEPTH) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "page × page_size may not exceed " + MAX_DEPTH
						+ "; narrow start_date and end_date to read further");
			}
			query = new ServiceRequestQuery(commune.id(), List.of(), start, end, categoryId, closed,
					(page - 1) * pageSize, pageSize);
		}
		String site = site(request);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(f.mediaType.toString());
		try (Open311Document.ListStream list = Open311Document.listStream(f == Format.XML, "service_requests",
				response.getWriter())) {
			feedback.searchRequests(query, r -> list.item(request(r, commune, site)));
		}
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, HttpServletRequest http) {
		Format f = Format.of(format);
		AreaView commune = jurisdiction(jurisdiction);
		long reportId = parseId(id);
		List<Map<String, Object>> found = new ArrayList<>();
		String site = site(http);
		feedback.searchRequests(ServiceRequestQuery.byIds(commune.id(), List.of(reportId)),
				r -> found.add(request(r, commune, site)));
		if (found.isEmpty()) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found");
		}
		return f.list("service_requests", found);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Format f = Format.of(format);
		AreaView commune = jurisdiction(jurisdiction);
		ReportView report = feedback.byTrackingCode(token).filter(r -> r.communeId() == commune.id())
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "token " + token + " not found"));
		return f.list("service_requests", List.of(ordered("service_request_id", String.valueOf(report.id()), "token",
				report.trackingCode())));
	}

	@PostMapping(value = "/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> params) {
		Format f = Format.of(format);
		Long keyCommune = apiKeys.communeOf(params.get("api_key"))
			.orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "api_key is missing or not valid"));
		AreaView commune = params.containsKey("jurisdiction_id") ? jurisdiction(params.get("jurisdiction_id"))
				: areas.commune(keyCommune);
		if (commune.id() != keyCommune) {
			throw new Open311Error(HttpStatus.FORBIDDEN, "api_key is not valid for jurisdiction_id " + commune.slug());
		}
		String code = params.get("service_code");
		if (code == null || code.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "service_code is required");
		}
		CategoryView category = feedback.categoryByCode(commune.id(), code.trim()).filter(CategoryView::active)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		Double lat = coordinate("lat", params.get("lat"), 90);
		Double lon = coordinate("long", params.get("long"), 180);
		if ((lat == null) != (lon == null)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "lat and long must be given together");
		}
		String address = blank(params.get("address_string")) ? null : params.get("address_string").strip();
		if (lat == null && address == null) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "a location is required: lat and long, or address_string");
		}
		if (address != null && address.length() > 300) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "address_string is longer than 300 characters");
		}
		String description = params.get("description");
		if (blank(description)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "description is required");
		}
		if (description.length() > 4000) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "description is longer than 4000 characters");
		}
		if (MARKUP.matcher(description).find()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "description may not contain markup");
		}
		Long village = null;
		String villageParam = params.get("attribute[village]");
		if (!blank(villageParam)) {
			village = parseId(villageParam.trim());
		}
		String phone = null;
		if (!blank(params.get("phone"))) {
			if (!PhoneNumber.isValid(params.get("phone"))) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "phone is not a valid Vietnamese phone number");
			}
			phone = PhoneNumber.parse(params.get("phone")).value();
		}
		String name = (nz(params.get("last_name")) + " " + nz(params.get("first_name"))).strip();
		ReportView created;
		try {
			created = feedback.report(commune.id(),
					new ReportForm(category.id(), description, lat, lon, address, village, false),
					new Reporter(null, name.isEmpty() ? null : name, phone), List.of(), Feedback.SOURCE_OPEN311);
		}
		catch (FeedbackFailure refused) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, refused.field() + " is not valid");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("service_request_id", String.valueOf(created.id()));
		body.put("service_notice", "Mã theo dõi " + created.trackingCode() + "; hạn trả lời được tính theo ngày làm việc sau khi phân công.");
		body.put("account_id", null);
		return f.list("service_requests", List.of(body));
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> error(Open311Error error, HttpServletRequest request) {
		Format f = Format.fromPath(request.getRequestURI());
		Map<String, Object> item = ordered("code", error.status.value(), "description", error.getMessage());
		return ResponseEntity.status(error.status).contentType(f.mediaType).body(f == Format.XML
				? Open311Document.xmlList("errors", List.of(item)) : Open311Document.json(List.of(item)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex, HttpServletRequest request) {
		return error(new Open311Error(HttpStatus.NOT_FOUND, "not found"), request);
	}

	private Map<String, Object> service(CategoryView c) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("service_code", c.code());
		s.put("service_name", c.name());
		s.put("description", c.description());
		s.put("metadata", true);
		s.put("type", "realtime");
		s.put("keywords", c.keywords());
		s.put("group", "phan-anh");
		return s;
	}

	private Map<String, Object> request(ServiceRequestView r, AreaView commune, String site) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", String.valueOf(r.id()));
		m.put("status", r.status().open311());
		m.put("status_notes", r.statusNotes());
		m.put("service_name", r.serviceName());
		m.put("service_code", r.serviceCode());
		m.put("description", r.description());
		m.put("agency_responsible", commune.name());
		m.put("service_notice", null);
		m.put("requested_datetime", ISO.format(r.requestedAt().atZone(VIETNAM).toOffsetDateTime()));
		m.put("updated_datetime", ISO.format(r.updatedAt().atZone(VIETNAM).toOffsetDateTime()));
		m.put("expected_datetime", r.deadline() == null ? null
				: ISO.format(r.deadline().atTime(17, 0).atZone(VIETNAM).toOffsetDateTime()));
		m.put("address", r.address());
		m.put("address_id", null);
		m.put("zipcode", null);
		m.put("lat", r.latitude());
		m.put("long", r.longitude());
		m.put("media_url", r.publicPhotoId() == null ? null
				: site + "/xa/" + commune.slug() + "/phan-anh/anh/" + r.publicPhotoId());
		return m;
	}

	private AreaView jurisdiction(String slug) {
		String wanted = blank(slug) ? defaultJurisdiction : slug.trim();
		try {
			return areas.communeBySlug(wanted);
		}
		catch (NotFoundException ex) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "jurisdiction_id " + wanted + " not found");
		}
	}

	private List<AreaView> villages(AreaView commune) {
		return areas.childrenOf(commune.id()).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
	}

	private static Boolean status(String status) {
		if (blank(status)) {
			return null;
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String s : status.split(",")) {
			String value = s.trim().toLowerCase(java.util.Locale.ROOT);
			if (!value.equals("open") && !value.equals("closed")) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "status must be open or closed");
			}
			wanted.add(value);
		}
		return wanted.size() == 2 ? null : wanted.contains("closed");
	}

	private static Instant date(String name, String text) {
		try {
			return OffsetDateTime.parse(text.trim(), ISO).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			try {
				return LocalDate.parse(text.trim()).atStartOfDay(VIETNAM).toInstant();
			}
			catch (DateTimeParseException | NullPointerException again) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is not an ISO 8601 date");
			}
		}
	}

	private static Double coordinate(String name, String text, double limit) {
		if (blank(text)) {
			return null;
		}
		double value;
		try {
			value = Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is not a number");
		}
		if (Double.isNaN(value) || value < -limit || value > limit) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is out of range");
		}
		return value;
	}

	private static long parseId(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "service_request_id " + text + " is not a number");
		}
	}

	private static String base(HttpServletRequest request) {
		return site(request) + "/open311/v2";
	}

	/** Scheme, host, port and context path of this request: where public pages and photos are. */
	private static String site(HttpServletRequest request) {
		String port = (request.getServerPort() == 80 || request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
		return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
	}

	/** A whole-number paging parameter between 1 and {@code max}; {@code fallback} when absent. */
	private static int number(Map<String, String> params, String name, int fallback, int max) {
		String text = params.get(name);
		if (blank(text)) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a whole number from 1 to " + max);
	}

	private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(k1, v1);
		m.put(k2, v2);
		return m;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nz(String text) {
		return text == null ? "" : text.strip();
	}

	enum Format {

		XML(MediaType.parseMediaType("text/xml;charset=UTF-8")), JSON(MediaType.parseMediaType("application/json;charset=UTF-8"));

		final MediaType mediaType;

		Format(MediaType mediaType) {
			this.mediaType = mediaType;
		}

		static Format of(String suffix) {
			return switch (suffix) {
				case "xml" -> XML;
				case "json" -> JSON;
				default -> throw new Open311Error(HttpStatus.NOT_FOUND, "format " + suffix + " not supported: use .xml or .json");
			};
		}

		static Format fromPath(String path) {
			return path != null && path.endsWith(".xml") ? XML : JSON;
		}

		ResponseEntity<String> body(String text) {
			return ResponseEntity.ok().contentType(mediaType).body(text);
		}

		ResponseEntity<String> list(String root, List<Map<String, Object>> items) {
			return body(this == XML ? Open311Document.xmlList(root, items) : Open311Document.json(items));
		}

	}

	static final class Open311Error extends RuntimeException {

		final HttpStatus status;

		Open311Error(HttpStatus status, String description) {
			super(description);
			this.status = status;
		}

	}

}
