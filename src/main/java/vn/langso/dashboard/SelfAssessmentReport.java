package vn.langso.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.PdfKit;

/**
 * A commune's NTM / smart-village self-assessment: a PDF in Vietnamese with the period, how many
 * indicators meet their target, each indicator's figures and chart against the target, and the villages.
 */
@Service
public class SelfAssessmentReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Dashboards dashboards;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	SelfAssessmentReport(Dashboards dashboards, Areas areas, MessageSource messages, Clock clock) {
		this.dashboards = dashboards;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	/** The self-assessment report of one commune for the month's periods. */
	public byte[] of(long communeId, LocalDate month) {
		Locale vi = Locale.forLanguageTag("vi");
		AreaView commune = areas.commune(communeId);
		List<IndicatorValue> values = dashboards.of(AreaLevel.COMMUNE, communeId, month);
		Map<String, List<IndicatorValue>> history = dashboards.history(AreaLevel.COMMUNE, communeId, month);
		List<AreaView> villages = areas.childrenOf(communeId);
		Comparison byVillage = dashboards.compare(AreaLevel.VILLAGE, villages, month);
		try (PDDocument document = new PDDocument()) {
			ReportPages w = new ReportPages(document, PdfKit.fonts(document));
			w.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 11);
			w.center("Độc lập - Tự do - Hạnh phúc", true, 10);
			w.gap(8);
			w.line("UBND " + commune.name().toUpperCase(vi), true, 10);
			w.gap(10);
			w.center(text("dashboard.report.title", vi), true, 15);
			w.center(text("dashboard.report.subtitle", vi), false, 10);
			w.center(text("dashboard.report.period", vi, PeriodType.MONTH.containing(month).label()), false, 10);
			w.center(text("dashboard.report.generated", vi, LocalDate.now(clock).format(DAY)), false, 8);
			w.gap(8);
			w.line(text("dashboard.report.summary", vi, values.size(), count(values, Rag.GREEN), count(values, Rag.AMBER),
					count(values, Rag.RED), count(values, Rag.NONE)), true, 10);
			w.gap(8);
			int n = 1;
			for (Pillar pillar : Pillar.values()) {
				List<IndicatorValue> ofPillar = values.stream().filter(v -> v.indicator().pillar() == pillar).toList();
				if (ofPillar.isEmpty()) {
					continue;
				}
				w.need(40);
				w.line(text(pillar.messageKey(), vi).toUpperCase(vi), true, 11);
				w.gap(2);
				for (IndicatorValue v : ofPillar) {
					w.indicator(n++, v, history.getOrDefault(v.indicator().code(), List.of()), vi, text(v.rag().messageKey(), vi),
							text(v.indicator().component().messageKey(), vi));
				}
				w.gap(6);
			}
			if (!villages.isEmpty() && !byVillage.rows().isEmpty()) {
				w.need(60);
				w.line(text("dashboard.villages", vi).toUpperCase(vi), true, 11);
				w.gap(2);
				for (Comparison.Row row : byVillage.rows()) {
					w.need(14 + 11 * villages.size());
					w.line(row.indicator().nameVi(), true, 9);
					for (int i = 0; i < villages.size(); i++) {
						IndicatorValue v = row.values().get(i);
						w.line("   " + villages.get(i).name() + ": "
								+ (v.measured() ? v.text(vi) + " (" + v.fraction() + ")" : text("dashboard.noData", vi))
								+ " — " + text(v.rag().messageKey(), vi), false, 8.5f);
					}
				}
			}
			w.close();
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long count(List<IndicatorValue> values, Rag rag) {
		return values.stream().filter(v -> v.rag() == rag).count();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
