package vn.langso.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.dashboard.IndicatorWorkbooks;
import vn.langso.dashboard.SelfAssessmentReport;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.VietnameseText;

/** A commune's self-assessment PDF and its Excel tables, for the commune's staff and the province. */
@Controller
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SelfAssessmentReport selfAssessment;

	private final IndicatorWorkbooks workbooks;

	private final CommuneAccess access;

	private final Areas areas;

	private final Clock clock;

	ReportController(SelfAssessmentReport selfAssessment, IndicatorWorkbooks workbooks, CommuneAccess access, Areas areas,
			Clock clock) {
		this.selfAssessment = selfAssessment;
		this.workbooks = workbooks;
		this.access = access;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/staff/chi-so/bao-cao.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(name = "ky", required = false) String ky) {
		long communeId = access.communeFor(user, commune);
		LocalDate month = Months.month(ky, clock);
		return file(selfAssessment.of(communeId, month), MediaType.APPLICATION_PDF,
				"bao-cao-tu-danh-gia-" + slug(communeId) + "-" + code(month) + ".pdf");
	}

	@GetMapping("/staff/chi-so/chi-so.xlsx")
	ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(name = "ky", required = false) String ky, Locale locale) {
		long communeId = access.communeFor(user, commune);
		LocalDate month = Months.month(ky, clock);
		return file(workbooks.commune(communeId, month, locale), XLSX,
				"chi-so-" + slug(communeId) + "-" + code(month) + ".xlsx");
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	static String code(LocalDate month) {
		return "%d-%02d".formatted(month.getYear(), month.getMonthValue());
	}

	private String slug(long communeId) {
		AreaView commune = areas.commune(communeId);
		return commune.slug() != null ? commune.slug() : VietnameseText.slug(commune.name());
	}

}
