package vn.langso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests a person would walk through, in Debian's Chromium driven by Playwright against
 * the application on its random port. No browser is ever downloaded: without /usr/bin/chromium the
 * tests are reported as skipped, with the reason, never passed. Pages open on a phone-sized screen.
 */
@IntegrationTest
public abstract class BrowserTest {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LANGSO_CHROMIUM", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			// each test is then reported as skipped with the reason (see openPhoneSizedPage), so the
			// counts still show every browser test; an assumption here would hide them behind the class
			return;
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
			browser = null;
		}
	}

	@BeforeEach
	void openPhoneSizedPage() {
		Assumptions.assumeTrue(browser != null,
				"Browser test skipped: Debian's Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)");
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("vi-VN"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** Signs in through the sign-in page as a person would. */
	protected void signIn(String login) {
		page.navigate(url("/dang-nhap"));
		page.getByLabel("Số điện thoại, số CCCD hoặc tên đăng nhập").fill(login);
		page.getByLabel("Mật khẩu").fill(SignIn.PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		page.waitForLoadState();
	}

}
