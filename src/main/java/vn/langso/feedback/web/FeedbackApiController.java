package vn.langso.feedback.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.feedback.EventView;
import vn.langso.feedback.PublicReports;
import vn.langso.feedback.ReportView;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/** The richer view of a public report (every state and the history), beyond Open311's open/closed. */
@RestController
@RequestMapping("/api/v1/communes/{slug}/feedback")
class FeedbackApiController {

	private final PublicReports reports;

	private final Areas areas;

	FeedbackApiController(PublicReports reports, Areas areas) {
		this.reports = reports;
		this.areas = areas;
	}

	record PublicReport(ReportView report, List<EventView> history) {
	}

	@GetMapping("/{id}")
	PublicReport report(@PathVariable String slug, @PathVariable long id) {
		AreaView commune = areas.communeBySlug(slug);
		return new PublicReport(reports.publicReport(commune.id(), id), reports.history(commune.id(), id));
	}

}
