package vn.langso;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.SmsGateway;

/**
 * Registers a citizen through the real two-step form: the details, then the one-time code, read back
 * from the logging SMS adapter as a person would read it on their phone.
 */
public final class CitizenSignUp {

	private CitizenSignUp() {
	}

	public static MockHttpServletRequestBuilder form(long communeId, String name, String citizenId, String phone) {
		return post("/dang-ky").with(csrf())
			.param("fullName", name)
			.param("citizenId", citizenId)
			.param("phone", phone)
			.param("email", "")
			.param("communeId", String.valueOf(communeId))
			.param("password", SignIn.PASSWORD);
	}

	/** Sends the details; returns the session that holds the pending registration (null when refused). */
	public static RequestPostProcessor start(MockMvc mvc, long communeId, String name, String citizenId, String phone)
			throws Exception {
		MvcResult result = mvc.perform(form(communeId, name, citizenId, phone)).andReturn();
		if (!"/dang-ky/xac-nhan".equals(result.getResponse().getRedirectedUrl())) {
			return null;
		}
		Cookie session = result.getResponse().getCookie("SESSION");
		return request -> {
			request.setCookies(session);
			return request;
		};
	}

	/** The six-digit code last texted to the phone (national form, 0xxxxxxxxx). */
	public static String codeSentTo(SmsGateway sms, String phone) {
		String text = ((LoggingSmsGateway) sms).lastTo(phone).orElseThrow(() -> new AssertionError("no SMS to " + phone)).text();
		return text.replaceAll(".*\\b(\\d{6})\\b.*", "$1");
	}

	public static MvcResult confirm(MockMvc mvc, RequestPostProcessor session, String code) throws Exception {
		return mvc.perform(post("/dang-ky/xac-nhan").with(session).with(csrf()).param("code", code).param("step", "confirm"))
			.andReturn();
	}

	/** Both steps with the right code; fails unless the account was opened. */
	public static void register(MockMvc mvc, SmsGateway sms, long communeId, String name, String citizenId, String phone)
			throws Exception {
		RequestPostProcessor session = start(mvc, communeId, name, citizenId, phone);
		if (session == null) {
			throw new AssertionError("registration of " + name + " refused");
		}
		String target = confirm(mvc, session, codeSentTo(sms, phone)).getResponse().getRedirectedUrl();
		if (!"/dang-nhap".equals(target)) {
			throw new AssertionError("code step of " + name + " did not open the account: " + target);
		}
	}

}
