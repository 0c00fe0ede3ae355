package vn.langso.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 service discovery (http://wiki.open311.org/Service_Discovery): where the GeoReport v2
 * endpoint is, its formats, and how to get an API key.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311DiscoveryController {

	static final String CHANGESET = "2026-11-26T00:00:00+07:00";

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Open311Format f = Open311Format.of(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", Open311Jurisdictions.base(request));
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("changeset", CHANGESET);
		doc.put("contact", "Bộ phận một cửa của xã (xem danh bạ cán bộ trên cổng thông tin xã)");
		doc.put("key_service", "API keys are issued by the commune administrator (Khu làm việc → Phản ánh → Khóa API).");
		doc.put("endpoints", List.of(endpoint));
		return f.object("discovery", doc);
	}

}
