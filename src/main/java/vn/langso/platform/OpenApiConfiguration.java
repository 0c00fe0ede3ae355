package vn.langso.platform;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import vn.langso.identity.CurrentUser;

/**
 * The OpenAPI 3 descriptions: {@code /v3/api-docs} is the REST API under {@code /api/v1} (signed-in session
 * plus CSRF header for changes), and the standard APIs have groups of their own ({@code /v3/api-docs/open311},
 * {@code /v3/api-docs/epcis}) with their own credentials. The signed-in person is resolved on the server, so
 * {@link CurrentUser} is never a parameter; errors are documented as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	/** Title, version and credentials of the REST API (a customizer: a shared OpenAPI bean would leak between groups). */
	private static void describeRestApi(OpenAPI openApi) {
		openApi.info(new Info().title("LàngSố REST API").version("1.0.0")
			.description("Nền tảng xã thông minh: hồ sơ, phản ánh, hộ dân, khảo sát, thiết bị, truyền thanh, sản phẩm.")
			.license(new License().name("AGPL-3.0-or-later")));
		if (openApi.getComponents() == null) {
			openApi.components(new Components());
		}
		openApi.getComponents()
			.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
				.name("SESSION").description("Phiên đăng nhập (POST /dang-nhap)."))
			.addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
				.name("X-CSRF-TOKEN").description("Mã CSRF của phiên, cho các yêu cầu thay đổi dữ liệu."))
			.addSchemas("ProblemDetail", problemSchema());
	}

	@Bean
	GroupedOpenApi restApi() {
		return GroupedOpenApi.builder().group("rest").displayName("LàngSố REST API").pathsToMatch("/api/v1/**")
			.addOpenApiCustomizer(problemsAndSecurity()).build();
	}

	@Bean
	GroupedOpenApi open311Api() {
		return GroupedOpenApi.builder().group("open311").displayName("Open311 GeoReport v2").pathsToMatch("/open311/**")
			.addOpenApiCustomizer(openApi -> openApi.info(new Info().title("Open311 GeoReport v2").version("v2"))
				.components(components(openApi).addSecuritySchemes("api_key", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.QUERY).name("api_key").description("Khóa API của đối tác, cho POST requests."))))
			.build();
	}

	@Bean
	GroupedOpenApi epcisApi() {
		return GroupedOpenApi.builder().group("epcis").displayName("EPCIS 2.0 REST binding").pathsToMatch("/epcis/**")
			.addOpenApiCustomizer(openApi -> openApi.info(new Info().title("EPCIS 2.0 REST Bindings (LàngSố)").version("2.0.0"))
				.components(components(openApi).addSecuritySchemes("producerKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer").description("Khóa API của cơ sở sản xuất (lsk_...), cho /capture."))))
			.build();
	}

	/**
	 * Every /api/v1 operation (in /v3/api-docs and the rest group; the standard groups keep their own): errors as
	 * problem+json, 401/403 where a role is needed, the CSRF header next to the session for changes.
	 */
	@Bean
	OpenApiCustomizer problemsAndSecurity() {
		return openApi -> {
			if (openApi.getPaths() == null || openApi.getPaths().keySet().stream().noneMatch(p -> p.startsWith("/api/v1"))) {
				return;
			}
			// the default document (/v3/api-docs) is the REST API only; the standard APIs have their groups
			openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/v1/"));
			describeRestApi(openApi);
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/v1")) {
					item.readOperationsMap().forEach((method, operation) -> document(method, operation));
				}
			});
		};
	}

	private static void document(PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		problem(responses, "400", "Dữ liệu không hợp lệ");
		problem(responses, "404", "Không tìm thấy (hoặc không thuộc xã của người dùng)");
		if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
			problem(responses, "401", "Chưa đăng nhập");
			problem(responses, "403", "Không có quyền");
			if (method != PathItem.HttpMethod.GET) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(SESSION).addList(CSRF)));
			}
		}
	}

	private static Components components(OpenAPI openApi) {
		return openApi.getComponents() == null ? new Components() : openApi.getComponents();
	}

	private static Schema<?> problemSchema() {
		return new Schema<>().type("object").description("RFC 9457 problem details")
			.addProperty("type", new Schema<>().type("string").format("uri"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string").format("uri"));
	}

	private static void problem(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
				.addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
		}
	}

	/** Operations whose handler needs a role are documented with the session scheme. */
	@Bean
	org.springdoc.core.customizers.OperationCustomizer securedOperations() {
		return (operation, handler) -> {
			if (needsRole(handler)) {
				operation.addSecurityItem(new SecurityRequirement().addList(SESSION));
			}
			return operation;
		};
	}

	static boolean needsRole(HandlerMethod handler) {
		return handler.hasMethodAnnotation(PreAuthorize.class) || handler.getBeanType().isAnnotationPresent(PreAuthorize.class)
				|| List.of(handler.getMethod().getParameterTypes()).contains(CurrentUser.class);
	}

}
