package vn.langso;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a demo account in through the real sign-in form. Sessions live in the database (Spring
 * Session), so what identifies one is the SESSION cookie, which the returned processor sends along.
 */
public final class SignIn {

	public static final String PASSWORD = "LangSo@2026";

	private SignIn() {
	}

	public static RequestPostProcessor as(MockMvc mvc, String login) throws Exception {
		MvcResult result = mvc.perform(post("/dang-nhap").with(csrf()).param("login", login).param("password", PASSWORD))
			.andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || target.startsWith("/dang-nhap")) {
			throw new AssertionError("sign-in of " + login + " failed: " + target);
		}
		Cookie session = result.getResponse().getCookie("SESSION");
		if (session == null) {
			throw new AssertionError("no session cookie after signing in " + login);
		}
		return request -> {
			request.setCookies(session);
			return request;
		};
	}

}
