package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.langso.IntegrationTest;

/**
 * Behind the documented TLS proxy (nginx on the same host or the private network, sending
 * X-Forwarded-Proto/-For/-Host): over real HTTP, since the container's RemoteIpValve does the work,
 * https from the proxy makes the session cookie Secure and adds HSTS, redirects keep the public
 * https address, and a plain-http request gets neither.
 */
@IntegrationTest
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static InetAddress address(String ip) {
		try {
			return InetAddress.getByName(ip);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ip, ex);
		}
	}

	private static List<String> sessionCookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).toList();
	}

	@Test
	void httpsForwardedByTheProxyMakesTheSessionCookieSecureAndAddsHsts() throws Exception {
		HttpResponse<String> response = get("/dang-nhap", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7",
				"X-Forwarded-Host", "binhhoa.langso.example");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(sessionCookies(response)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("; Secure")
			.contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void plainHttpGetsNeitherSecureCookiesNorHsts() throws Exception {
		HttpResponse<String> response = get("/dang-nhap");

		assertThat(sessionCookies(response)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void redirectsKeepThePublicHttpsAddress() throws Exception {
		HttpResponse<String> response = get("/tai-khoan", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"binhhoa.langso.example");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://binhhoa.langso.example/dang-nhap");
	}

	@Test
	void forwardedHeadersAreTrustedFromLoopbackAndPrivateProxiesOnly() {
		Valve[] valves = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getValves();
		RemoteIpValve remoteIp = Arrays.stream(valves).filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast).findFirst().orElseThrow();
		List<NetMask> trusted = Arrays.stream(remoteIp.getInternalProxies().split(","))
			.map(String::strip).map(NetMask::new).toList();

		assertThat(List.of("127.0.0.1", "10.0.0.5", "192.168.1.10", "172.16.0.2", "::1"))
			.allMatch(ip -> trusted.stream().anyMatch(mask -> mask.matches(address(ip))));
		assertThat(List.of("203.0.113.7", "8.8.8.8", "172.32.0.1"))
			.noneMatch(ip -> trusted.stream().anyMatch(mask -> mask.matches(address(ip))));
		assertThat(remoteIp.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
		assertThat(remoteIp.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
	}

}
