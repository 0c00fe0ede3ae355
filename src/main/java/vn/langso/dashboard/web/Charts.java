package vn.langso.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.web.util.HtmlUtils;
import vn.langso.dashboard.IndicatorValue;
import vn.langso.dashboard.IndicatorView;

/**
 * Charts as server-rendered SVG (no chart library in the browser): a line over time with the target
 * drawn as a dashed line, and bars comparing areas with the target as a vertical line. Colours come
 * from CSS classes (dashboard.css), never inline styles.
 */
final class Charts {

	private static final int WIDTH = 320, HEIGHT = 150, LEFT = 34, RIGHT = 8, TOP = 10, BOTTOM = 24;

	private Charts() {
	}

	/** The indicator's history with its target. */
	static String line(IndicatorView indicator, List<IndicatorValue> points, String title, Locale locale) {
		double target = indicator.target().doubleValue();
		double max = scaleMax(indicator, target, points.stream().filter(IndicatorValue::measured)
			.mapToDouble(IndicatorValue::value).max().orElse(0));
		StringBuilder svg = open(title, WIDTH, HEIGHT);
		axes(svg, max, indicator, locale);
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		double ty = TOP + plotH * (1 - target / max);
		svg.append("<line class=\"chart-target\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
			.formatted(LEFT, ty, WIDTH - RIGHT, ty));
		int n = points.size();
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < n; i++) {
			IndicatorValue p = points.get(i);
			double x = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
			if (!p.measured() && !path.isEmpty()) {
				// a month without figures breaks the line rather than joining across it as if measured
				path.append(" |");
			}
			if (p.measured()) {
				double y = TOP + plotH * (1 - p.value() / max);
				path.append(path.isEmpty() ? "" : " ").append("%.1f,%.1f".formatted(x, y));
				svg.append("<circle class=\"chart-point %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s: %s</title></circle>"
					.formatted(p.rag().css(), x, y, esc(p.period().label()), esc(p.text(locale))));
			}
			if (i == 0 || i == n - 1) {
				svg.append("<text class=\"chart-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>".formatted(x,
						HEIGHT - 6, n == 1 ? "middle" : i == 0 ? "start" : "end", esc(p.period().label())));
			}
		}
		StringBuilder lines = new StringBuilder();
		for (String run : path.toString().split("\\|")) {
			if (!run.isBlank()) {
				lines.append("<polyline class=\"chart-line\" points=\"").append(run.strip()).append("\"/>");
			}
		}
		svg.insert(svg.indexOf("<circle") < 0 ? svg.length() : svg.indexOf("<circle"), lines);
		return svg.append("</svg>").toString();
	}

	/** One bar per area with the target as a vertical dashed line. */
	static String bars(IndicatorView indicator, List<String> labels, List<IndicatorValue> values, String title,
			Locale locale) {
		double target = indicator.target().doubleValue();
		double max = scaleMax(indicator, target, values.stream().filter(IndicatorValue::measured)
			.mapToDouble(IndicatorValue::value).max().orElse(0));
		int row = 22;
		int labelW = 110;
		int height = TOP + row * values.size() + 8;
		StringBuilder svg = open(title, WIDTH, height);
		double plotW = WIDTH - labelW - 46;
		for (int i = 0; i < values.size(); i++) {
			IndicatorValue v = values.get(i);
			int y = TOP + row * i;
			svg.append("<text class=\"chart-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
				.formatted(labelW - 6, y + 14, esc(shorten(labels.get(i)))));
			if (!v.measured()) {
				// an area that has not reported is not an area at zero: no bar, the words instead
				svg.append("<text class=\"chart-value chart-nodata\" x=\"%d\" y=\"%d\">%s</text>".formatted(labelW + 4, y + 14,
						esc(noData(locale))));
				continue;
			}
			double w = Math.max(1, plotW * v.value() / max);
			svg.append("<rect class=\"chart-bar %s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"><title>%s: %s</title></rect>"
				.formatted(v.rag().css(), labelW, y + 2, w, esc(labels.get(i)), esc(v.text(locale))));
			svg.append("<text class=\"chart-value\" x=\"%.1f\" y=\"%d\">%s</text>".formatted(labelW + w + 4, y + 14,
					esc(v.text(locale))));
		}
		double tx = labelW + plotW * target / max;
		svg.append("<line class=\"chart-target\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>".formatted(tx, TOP - 4, tx,
				height - 4));
		return svg.append("</svg>").toString();
	}

	/** "Chưa có số liệu" from the module's bundle (the charts are drawn outside a template). */
	static String noData(Locale locale) {
		return ResourceBundle.getBundle("messages/dashboard", locale, ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("dashboard.noData");
	}

	private static double scaleMax(IndicatorView indicator, double target, double highest) {
		if (indicator.percentage()) {
			return Math.max(100, Math.max(target, highest));
		}
		double max = Math.max(target, highest) * 1.1;
		return max <= 0 ? 1 : max;
	}

	private static StringBuilder open(String title, int width, int height) {
		return new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>"
					.formatted(width, height, esc(title), esc(title)));
	}

	private static void axes(StringBuilder svg, double max, IndicatorView indicator, Locale locale) {
		int bottom = HEIGHT - BOTTOM;
		svg.append("<line class=\"chart-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>".formatted(LEFT, TOP, LEFT, bottom));
		svg.append("<line class=\"chart-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>".formatted(LEFT, bottom,
				WIDTH - RIGHT, bottom));
		svg.append("<text class=\"chart-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>".formatted(LEFT - 4, TOP + 8,
				esc(String.format(locale, "%,.0f", max))));
		svg.append("<text class=\"chart-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>".formatted(LEFT - 4, bottom));
	}

	private static String shorten(String label) {
		return label.length() <= 18 ? label : label.substring(0, 17) + "…";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

}
