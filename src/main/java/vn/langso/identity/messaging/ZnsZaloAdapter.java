package vn.langso.identity.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;
import vn.langso.shared.PhoneNumber;

/**
 * Zalo messages through the Zalo Notification Service (ZNS) template API: one HTTP POST of
 * {@code {"phone": "84…", "template_id": …, "template_data": {…}, "tracking_id": …}} with the OA's
 * {@code access_token} header. ZNS sends only templates the OA registered and Zalo approved, so the
 * subject and text go into the two parameters of the configured template. Zalo answers HTTP 200 with
 * {@code "error": 0} and {@code data.msg_id} when it accepted the message, a non-zero {@code error}
 * (bad token, phone without Zalo, template refused, quota) otherwise.
 */
class ZnsZaloAdapter implements ChannelAdapter {

	private static final Logger log = LoggerFactory.getLogger(ZnsZaloAdapter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Settings(URI endpoint, String accessToken, String templateId, String subjectParam, String textParam,
			Duration timeout) {

		Settings {
			if (endpoint == null || accessToken == null || accessToken.isBlank() || templateId == null || templateId.isBlank()) {
				throw new IllegalStateException(
						"langso.messaging.zalo=zns needs langso.messaging.zns.endpoint, .access-token and .template-id");
			}
		}

	}

	private final Settings settings;

	private final HttpClient http;

	ZnsZaloAdapter(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.ZALO;
	}

	@Override
	public DeliveryResult send(OutboundMessage message) {
		if (!PhoneNumber.isValid(message.address())) {
			return DeliveryResult.failed("not a Vietnamese phone number");
		}
		String tracking = UUID.randomUUID().toString().replace("-", "");
		try {
			HttpResponse<String> response = http.send(request(message, tracking), HttpResponse.BodyHandlers.ofString());
			JsonNode answer = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
			if (answer != null && answer.path("error").asInt(-1) == 0) {
				return DeliveryResult.accepted(answer.path("data").path("msg_id").asString(tracking));
			}
			String why = answer == null ? "HTTP " + response.statusCode()
					: "error " + answer.path("error").asInt(-1) + ": " + answer.path("message").asString("");
			log.warn("Zalo ZNS refused the message to {} (tracking {}): {}", ChannelMessageGateway.masked(message), tracking, why);
			return DeliveryResult.failed(why);
		}
		catch (IOException | JacksonException failure) {
			log.warn("Zalo ZNS unreachable or answered nonsense for {} (tracking {})", ChannelMessageGateway.masked(message),
					tracking, failure);
			return DeliveryResult.failed(failure.toString());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return DeliveryResult.failed("interrupted");
		}
	}

	private HttpRequest request(OutboundMessage message, String tracking) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put(settings.subjectParam(), message.subject() == null ? "" : message.subject());
		data.put(settings.textParam(), message.text());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("phone", PhoneNumber.parse(message.address()).international());
		body.put("template_id", settings.templateId());
		body.put("template_data", data);
		body.put("tracking_id", tracking);
		return HttpRequest.newBuilder(settings.endpoint())
			.timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("access_token", settings.accessToken())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
	}

}
