package vn.langso.devices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Request;
import org.junit.jupiter.api.Test;
import vn.langso.BrowserTest;

/**
 * Cameras in a real Chromium: hls.js is served and allowed by the CSP, and each video asks for its HLS
 * playlist (the demo streams themselves do not exist, so no picture is expected, only the attempt).
 */
class CameraBrowserTests extends BrowserTest {

	@Test
	void thePublicCameraPageLoadsHlsJsAndRequestsEachPlaylistWithoutCspViolations() {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(message.text());
			}
		});
		Request playlist = page.waitForRequest(request -> request.url().endsWith("/hls/qt-cam-1/index.m3u8"),
				() -> page.navigate(url("/xa/hoang-dong/camera")));
		assertThat(playlist.method()).isEqualTo("GET");
		assertThat((Boolean) page.evaluate("() => typeof Hls !== 'undefined' && Hls.isSupported()")).isTrue();
		assertThat(page.locator("video[data-hls]")).hasCount(10);
		assertThat(violations).isEmpty();
	}

	@Test
	void theLedBoardScreenTilesTheVillagesSixteenCameras() {
		signIn("truyenthanh");
		page.navigate(url("/staff/thiet-bi"));
		page.locator("#devices a:text-is('BH-X3-LED-01')").click();
		page.locator("[data-test=board-screen]").click();
		page.waitForLoadState();
		assertThat(page.locator("[data-test=camera-tile] video")).hasCount(16);
		assertThat((Boolean) page.evaluate("() => typeof Hls !== 'undefined'")).isTrue();
	}

}
