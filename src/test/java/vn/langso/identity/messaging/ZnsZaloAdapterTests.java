package vn.langso.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;

/**
 * Zalo messages are the ZNS template API's POST (phone in 84… form, template id and data, tracking id,
 * access_token header), checked against a stub of that API on loopback that answers as Zalo does.
 */
class ZnsZaloAdapterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpServer stub;

	private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		stub.createContext("/message/template", this::answer);
		stub.start();
	}

	@AfterEach
	void stop() {
		stub.stop(0);
	}

	/** As Zalo: a wrong token is error -124, a phone without Zalo -108, otherwise error 0 with a msg_id. */
	private void answer(HttpExchange exchange) throws IOException {
		JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
		bodies.add(body);
		String token = exchange.getRequestHeaders().getFirst("access_token");
		tokens.add(token);
		String answer;
		if (!"oa-token".equals(token)) {
			answer = "{\"error\":-124,\"message\":\"Access token is invalid\"}";
		}
		else if (body.path("phone").asString().equals("84900000000")) {
			answer = "{\"error\":-108,\"message\":\"Phone number is invalid\"}";
		}
		else {
			answer = "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-" + bodies.size()
					+ "\",\"sent_time\":\"1764150000000\"}}";
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private ZnsZaloAdapter adapter(String token) {
		URI endpoint = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/message/template");
		return new ZnsZaloAdapter(new ZnsZaloAdapter.Settings(endpoint, token, "231045", "title", "content", Duration.ofSeconds(5)));
	}

	@Test
	void theMessageIsTheZnsTemplateRequestAndZalosMessageIdComesBack() {
		DeliveryResult result = adapter("oa-token").send(new OutboundMessage(MessageChannel.ZALO, "0912 345 678",
				"BH-2026-0001", "Hồ sơ của bạn đã được tiếp nhận"));
		assertThat(result).isEqualTo(DeliveryResult.accepted("zns-1"));
		JsonNode body = bodies.getFirst();
		assertThat(body.path("phone").asString()).isEqualTo("84912345678");
		assertThat(body.path("template_id").asString()).isEqualTo("231045");
		assertThat(body.path("template_data").path("title").asString()).isEqualTo("BH-2026-0001");
		assertThat(body.path("template_data").path("content").asString()).isEqualTo("Hồ sơ của bạn đã được tiếp nhận");
		assertThat(body.path("tracking_id").asString()).isNotBlank().hasSizeLessThanOrEqualTo(48);
		assertThat(tokens).containsExactly("oa-token");
	}

	@Test
	void zalosErrorsAndAnUnreachableApiAreFailures() {
		assertThat(adapter("expired").send(new OutboundMessage(MessageChannel.ZALO, "0912345678", "Mã", "Văn bản")))
			.isEqualTo(DeliveryResult.failed("error -124: Access token is invalid"));
		assertThat(adapter("oa-token").send(new OutboundMessage(MessageChannel.ZALO, "0900000000", "Mã", "Văn bản")).status())
			.isEqualTo(DeliveryResult.Status.FAILED);
		stub.stop(0);
		assertThat(adapter("oa-token").send(new OutboundMessage(MessageChannel.ZALO, "0912345678", "Mã", "Văn bản")).status())
			.isEqualTo(DeliveryResult.Status.FAILED);
	}

}
