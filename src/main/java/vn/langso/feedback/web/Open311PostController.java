package vn.langso.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.Areas;
import vn.langso.feedback.ApiKeys;
import vn.langso.feedback.CategoryView;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.ReportCategories;
import vn.langso.feedback.ReportForm;
import vn.langso.feedback.ReportIntake;
import vn.langso.feedback.ReportView;
import vn.langso.feedback.Reporter;
import vn.langso.identity.AreaView;
import vn.langso.shared.PhoneNumber;

/**
 * POST a service request with an API key the commune's administrator issued: every field checked
 * before anything is stored, refusals in the spec's error format (403 key, 404 service, 400 the rest).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311PostController {

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private final ReportCategories categories;

	private final ReportIntake intake;

	private final ApiKeys apiKeys;

	private final Open311Jurisdictions jurisdictions;

	private final Areas areas;

	Open311PostController(ReportCategories categories, ReportIntake intake, ApiKeys apiKeys,
			Open311Jurisdictions jurisdictions, Areas areas) {
		this.areas = areas;
		this.categories = categories;
		this.intake = intake;
		this.apiKeys = apiKeys;
		this.jurisdictions = jurisdictions;
	}

	@PostMapping(value = "/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> params) {
		Open311Format f = Open311Format.of(format);
		Long keyCommune = apiKeys.communeOf(params.get("api_key"))
			.orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "api_key is missing or not valid"));
		AreaView commune = params.containsKey("jurisdiction_id") ? jurisdictions.jurisdiction(params.get("jurisdiction_id"))
				: jurisdictions.commune(keyCommune);
		if (commune.id() != keyCommune) {
			throw new Open311Error(HttpStatus.FORBIDDEN, "api_key is not valid for jurisdiction_id " + commune.slug());
		}
		String code = params.get("service_code");
		if (code == null || code.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "service_code is required");
		}
		CategoryView category = categories.categoryByCode(commune.id(), code.trim()).filter(CategoryView::active)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		Double lat = Open311Params.coordinate("lat", params.get("lat"), 90);
		Double lon = Open311Params.coordinate("long", params.get("long"), 180);
		if ((lat == null) != (lon == null)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "lat and long must be given together");
		}
		String address = Open311Params.blank(params.get("address_string")) ? null : params.get("address_string").strip();
		// address_id names a place in this server's addressing system: the administrative code of a village
		// (thôn/xóm) of the jurisdiction, e.g. 99001-03
		AreaView addressVillage = null;
		if (!Open311Params.blank(params.get("address_id"))) {
			String addressId = params.get("address_id").strip();
			addressVillage = areas.byCode(addressId).filter(a -> a.level() == AreaLevel.VILLAGE)
				.filter(a -> a.parentId() != null && a.parentId() == commune.id())
				.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "address_id " + addressId + " is not a village of "
						+ commune.slug()));
			if (address == null) {
				address = addressVillage.name();
			}
		}
		if (lat == null && address == null) {
			throw new Open311Error(HttpStatus.BAD_REQUEST,
					"a location is required: lat and long, address_string or address_id");
		}
		if (address != null && address.length() > 300) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "address_string is longer than 300 characters");
		}
		// description is optional in GeoReport v2: the service code says what the request is about
		String description = Open311Params.nz(params.get("description")).strip();
		if (description.length() > 4000) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "description is longer than 4000 characters");
		}
		if (MARKUP.matcher(description).find()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "description may not contain markup");
		}
		Long village = addressVillage == null ? null : addressVillage.id();
		String villageParam = params.get("attribute[village]");
		if (!Open311Params.blank(villageParam)) {
			village = Open311Params.parseId(villageParam.trim());
		}
		String phone = null;
		if (!Open311Params.blank(params.get("phone"))) {
			if (!PhoneNumber.isValid(params.get("phone"))) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "phone is not a valid Vietnamese phone number");
			}
			phone = PhoneNumber.parse(params.get("phone")).value();
		}
		String name = (Open311Params.nz(params.get("last_name")) + " " + Open311Params.nz(params.get("first_name"))).strip();
		ReportView created;
		try {
			created = intake.report(commune.id(),
					new ReportForm(category.id(), description, lat, lon, address, village, false),
					new Reporter(null, name.isEmpty() ? null : name, phone), List.of(), ReportIntake.SOURCE_OPEN311);
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

}
