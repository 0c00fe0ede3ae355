package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.BrowserTest;
import vn.langso.feedback.ReportForm;
import vn.langso.feedback.ReportIntake;
import vn.langso.feedback.Reporter;

/**
 * Every page a citizen opens, on the narrowest common phone (360 CSS px): none may scroll sideways,
 * each is a standards-mode document, and each is photographed into {@code target/screenshots/360/}
 * so a person can look at them. The walk collects every offender before failing, so one run lists them all.
 */
class CitizenPagesBrowserTests extends BrowserTest {

	static final int PHONE_WIDTH = 360;

	static final Path SHOTS = Path.of("target", "screenshots", "360");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportIntake intake;

	private final List<String> problems = new ArrayList<>();

	@Test
	void noCitizenPageScrollsSidewaysOnA360PxPhone() {
		page.setViewportSize(PHONE_WIDTH, 780);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("province", "/");
		pages.put("portal", "/xa/binh-hoa");
		pages.put("directory", "/xa/binh-hoa/danh-ba");
		pages.put("catalogue", "/xa/binh-hoa/thu-tuc");
		pages.put("procedure", "/xa/binh-hoa/thu-tuc/1.001193");
		pages.put("ratings", "/xa/binh-hoa/danh-gia");
		pages.put("tracking-form", "/tra-cuu");
		pages.put("tracking", "/tra-cuu?code=" + one("select code from dossier_dossier where code is not null order by id")
				+ "&secret=" + one("select tracking_secret from dossier_dossier where code is not null order by id"));
		pages.put("verify", "/xac-minh/" + one("select result_serial from dossier_dossier where result_serial is not null order by id"));
		pages.put("feedback", "/xa/binh-hoa/phan-anh");
		pages.put("feedback-report", "/xa/binh-hoa/phan-anh/" + aFeedbackReport());
		pages.put("feedback-form", "/xa/binh-hoa/phan-anh/moi");
		pages.put("announcements", "/xa/binh-hoa/thong-bao");
		pages.put("announcement", "/xa/binh-hoa/thong-bao/" + one("select id from broadcast_announcement where status = 'PUBLISHED' order by id"));
		pages.put("cameras", "/xa/binh-hoa/camera");
		pages.put("surveys", "/xa/binh-hoa/khao-sat");
		pages.put("indicators", "/xa/binh-hoa/chi-so");
		pages.put("market", "/xa/binh-hoa/cho");
		pages.put("product", "/xa/binh-hoa/cho/" + one("select id from economy_product where listed order by id"));
		pages.put("producer", "/xa/binh-hoa/co-so/" + one("select id from economy_producer order by id"));
		pages.put("payment-points", "/xa/binh-hoa/thanh-toan-qr");
		pages.put("trace", "/01/" + one("select gtin from economy_batch order by id") + "/10/" + one("select lot from economy_batch order by id"));
		pages.put("house-plate", "/ho/" + one("select plate_token from community_household order by id"));
		pages.put("sign-in", "/dang-nhap");
		pages.put("register", "/dang-ky");
		pages.forEach(this::walk);

		signIn("0912345678");
		String mai = "(select id from identity_account where username = '0912345678')";
		Map<String, String> own = new LinkedHashMap<>();
		own.put("account", "/tai-khoan");
		own.put("my-dossiers", "/tai-khoan/ho-so");
		own.put("receipt", "/tai-khoan/ho-so/" + one("select id from dossier_dossier where applicant_id = " + mai
				+ " and result_serial is null order by id"));
		own.put("returned", "/tai-khoan/ho-so/" + one("select id from dossier_dossier where applicant_id = " + mai
				+ " and result_serial is not null order by id"));
		own.put("my-feedback", "/tai-khoan/phan-anh");
		own.put("my-notices", "/tai-khoan/thong-bao");
		own.put("apply", "/xa/binh-hoa/thu-tuc/1.001193/nop");
		own.forEach(this::walk);

		assertThat(problems).isEmpty();
	}

	@Test
	void aCitizenReachesHerDossiersReportsAndNoticesFromTheHeader() {
		signIn("0912345678");
		page.navigate(url("/xa/binh-hoa"));
		page.locator("[data-test=my-account-link]").click();
		assertThat(page.url()).endsWith("/tai-khoan");
		page.locator("[data-test=my-dossiers]").click();
		assertThat(page.url()).endsWith("/tai-khoan/ho-so");
		assertThat(page.locator("h1").textContent()).isEqualTo("Hồ sơ của tôi");
		page.goBack();
		page.locator("[data-test=my-feedback]").click();
		assertThat(page.url()).endsWith("/tai-khoan/phan-anh");
		page.goBack();
		page.locator("[data-test=my-notices]").click();
		assertThat(page.url()).endsWith("/tai-khoan/thong-bao");
	}

	/**
	 * Leaflet and hls.js are fetched only where a map or a live camera is on the page, and a map page's
	 * document, styles and scripts weigh at most 60 KB once gzipped (tiles and photos not counted).
	 */
	@Test
	void mapsAndCamerasLoadOnlyWhereShownAndAMapPageStaysUnder60KbGzipped() {
		page.setViewportSize(PHONE_WIDTH, 780);
		List<String> requested = new ArrayList<>();
		page.onRequest(request -> requested.add(request.url()));
		for (String path : List.of("/xa/binh-hoa", "/xa/binh-hoa/thu-tuc", "/xa/binh-hoa/cho", "/xa/binh-hoa/thong-bao",
				"/xa/binh-hoa/danh-gia", "/tra-cuu", "/xa/binh-hoa/phan-anh/moi")) {
			requested.clear();
			page.navigate(url(path));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			assertThat(requested).as(path).noneMatch(u -> u.contains("/leaflet/") || u.contains("/hls.js/"));
		}
		String traceWithArea = "/01/" + one("select gtin from economy_batch where growing_area_id is not null order by id")
				+ "/10/" + one("select lot from economy_batch where growing_area_id is not null order by id");
		for (String path : List.of("/xa/binh-hoa/phan-anh", traceWithArea,
				"/xa/binh-hoa/co-so/" + one("select producer_id from economy_growing_area order by id"))) {
			List<Response> responses = new ArrayList<>();
			java.util.function.Consumer<Response> collect = responses::add;
			page.onResponse(collect);
			page.navigate(url(path));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			long gzipped = responses.stream()
				.filter(r -> r.url().startsWith(url("/")))
				.filter(r -> List.of("document", "stylesheet", "script").contains(r.request().resourceType()))
				.mapToLong(r -> gzippedSize(r.body()))
				.sum();
			assertThat(responses).as(path).anyMatch(r -> r.url().contains("/leaflet/"));
			assertThat(gzipped).as(path + " gzipped bytes").isLessThanOrEqualTo(60 * 1024);
			page.offResponse(collect);
		}
	}

	private static long gzippedSize(byte[] body) {
		var out = new java.io.ByteArrayOutputStream();
		try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
		return out.size();
	}

	private void walk(String name, String path) {
		Response response = page.navigate(url(path));
		page.waitForLoadState();
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
		if (response == null || response.status() != 200) {
			problems.add(name + " " + path + ": HTTP " + (response == null ? "none" : response.status()));
			return;
		}
		Object width = page.evaluate("document.documentElement.scrollWidth");
		if (((Number) width).intValue() > PHONE_WIDTH) {
			Object widest = page.evaluate("""
					() => [...document.querySelectorAll('main *')]
					  .filter(e => e.getBoundingClientRect().right > %d)
					  .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
					  .join(', ')""".formatted(PHONE_WIDTH));
			problems.add(name + " " + path + ": scrollWidth " + width + " (" + widest + ")");
		}
		if (!Boolean.TRUE.equals(page.evaluate("document.doctype != null && document.compatMode === 'CSS1Compat'"))) {
			problems.add(name + " " + path + ": no <!DOCTYPE html>, quirks mode");
		}
	}

	/** The demo holds no report: Mai files one about a road, as the form would. */
	private long aFeedbackReport() {
		long communeId = Long.parseLong(one("select id from identity_area where slug = 'binh-hoa'"));
		long category = Long.parseLong(one("select id from feedback_category where commune_id = " + communeId + " order by id"));
		long mai = Long.parseLong(one("select id from identity_account where username = '0912345678'"));
		return intake.report(communeId, new ReportForm(category, "Đường liên xóm 3 có ổ gà lớn trước nhà văn hóa, đi xe máy rất nguy hiểm",
				20.2405, 106.5301, "Trước nhà văn hóa xóm 3", null, true),
				Reporter.account(mai, "Trần Thị Mai", "0912345678"), List.of(), ReportIntake.SOURCE_WEB).id();
	}

	private String one(String sql) {
		return String.valueOf(jdbc.sql(sql).query().singleColumn().getFirst());
	}

}
