package vn.langso.feedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.feedback.CategoryView;
import vn.langso.feedback.ReportCategories;
import vn.langso.identity.AreaView;

/**
 * Open311 services: the commune's active report categories, and each one's definition with its one
 * attribute, the village (thôn/xóm) where the problem is.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311ServicesController {

	private final ReportCategories categories;

	private final Open311Jurisdictions jurisdictions;

	Open311ServicesController(ReportCategories categories, Open311Jurisdictions jurisdictions) {
		this.categories = categories;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = Open311Format.of(format);
		AreaView commune = jurisdictions.jurisdiction(jurisdiction);
		List<Map<String, Object>> list = categories.categories(commune.id(), true).stream().map(this::service).toList();
		return f.list("services", list);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = Open311Format.of(format);
		AreaView commune = jurisdictions.jurisdiction(jurisdiction);
		CategoryView category = categories.categoryByCode(commune.id(), code).filter(CategoryView::active)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		List<Map<String, Object>> values = new ArrayList<>();
		for (AreaView village : jurisdictions.villages(commune)) {
			values.add(Open311Params.ordered("key", String.valueOf(village.id()), "name", village.name()));
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
		return f.object("service_definition", doc);
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

}
