package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langso.IntegrationTest;
import vn.langso.PortalClient;
import vn.langso.PortalClient.FilePart;
import vn.langso.SignIn;

/**
 * Oversized uploads over real HTTP (MockMvc skips the container's multipart handling): a file over a
 * use's own limit comes back next to its field, a body over the request cap gets the Vietnamese 413
 * page or problem+json, never a reset connection or a misleading 403, and the saved draft is untouched.
 */
@IntegrationTest
class UploadLimitsIntegrationTests {

	private static final String APPLY = "/xa/binh-hoa/thu-tuc/1.001193/nop";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	static byte[] jpegOf(int size) {
		byte[] content = new byte[size];
		byte[] magic = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
		System.arraycopy(magic, 0, content, 0, magic.length);
		return content;
	}

	static Map<String, String> birthForm(String token, String key, String intent) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", token);
		fields.put("submissionKey", key);
		fields.put("intent", intent);
		Map.ofEntries(Map.entry("applicantName", "Trần Thị Mai"), Map.entry("applicantId", "036190012345"),
				Map.entry("applicantPhone", "0912345678"), Map.entry("applicantResidence", "Xóm 3, Xã Bình Hòa"),
				Map.entry("relationship", "Mẹ"), Map.entry("childName", "Nguyễn Minh Khang"),
				Map.entry("childBirthDate", "2026-11-20"), Map.entry("childSex", "Nam"), Map.entry("childEthnicity", "Kinh"),
				Map.entry("childNationality", "Việt Nam"), Map.entry("childBirthPlace", "Trạm y tế xã Bình Hòa"),
				Map.entry("childHometown", "Bình Hòa"), Map.entry("motherName", "Trần Thị Mai"),
				Map.entry("motherBirthYear", "1990"), Map.entry("motherEthnicity", "Kinh"),
				Map.entry("motherResidence", "Xóm 3, Xã Bình Hòa"), Map.entry("copies", "2"))
			.forEach((name, value) -> fields.put("f_" + name, value));
		return fields;
	}

	@Test
	void oversizedAttachmentsKeepTheDraftAndExplainInVietnamese() throws Exception {
		PortalClient mai = new PortalClient(port);
		mai.signIn("0912345678", SignIn.PASSWORD);
		String token = mai.csrfToken(APPLY);
		String key = UUID.randomUUID().toString();

		HttpResponse<String> draft = mai.postMultipart(APPLY, birthForm(token, key, "draft"), List.of(), "text/html");
		assertThat(draft.statusCode()).isEqualTo(302);
		assertThat(draft.headers().firstValue("Location").orElseThrow()).contains("?draft");
		long id = jdbc.queryForObject("select id from dossier_dossier where submission_key = ?", Long.class, key);

		// over the dossier's own 5 MB limit, under the request cap: the form again, with the message at the field
		HttpResponse<String> tooLarge = mai.postMultipart(APPLY, birthForm(token, key, "submit"),
				List.of(new FilePart("doc_birthCertificate", "anh.jpg", "image/jpeg", jpegOf(6 * 1024 * 1024))), "text/html");
		assertThat(tooLarge.statusCode()).isEqualTo(200);
		assertThat(tooLarge.body()).contains("Tệp quá lớn: tối đa 5 MB.").doesNotContain("Exception");

		// over the 60 MB request cap: the 413 page, not a reset connection nor a 403 for the unread CSRF token
		HttpResponse<String> overCap = mai.postMultipart(APPLY, birthForm(token, key, "submit"),
				List.of(new FilePart("doc_birthCertificate", "video.jpg", "image/jpeg", jpegOf(61 * 1024 * 1024))),
				"text/html");
		assertThat(overCap.statusCode()).isEqualTo(413);
		assertThat(overCap.body()).contains("Tệp gửi lên quá lớn").contains("hồ sơ nháp")
			.doesNotContain("Exception").doesNotContain("at org.");

		assertThat(jdbc.queryForObject("select status from dossier_dossier where id = ?", String.class, id)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Integer.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from dossier_dossier where submission_key = ?", Integer.class, key))
			.isEqualTo(1);
		// the connection survived: the same client goes on with its draft
		assertThat(mai.get("/tai-khoan/ho-so/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAnswersAnOversizedBodyWithProblemJson() throws Exception {
		PortalClient mai = new PortalClient(port);
		mai.signIn("0912345678", SignIn.PASSWORD);
		long before = jdbc.queryForObject("select count(*) from dossier_dossier", Long.class);
		HttpResponse<String> response = mai.postMultipart("/api/v1/dossiers",
				Map.of("communeId", "1", "procedureCode", "1.001193", "submissionKey", UUID.randomUUID().toString()),
				List.of(new FilePart("doc_birthCertificate", "a.jpg", "image/jpeg", jpegOf(61 * 1024 * 1024))),
				"application/json");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":413").contains("60 MB");
		assertThat(jdbc.queryForObject("select count(*) from dossier_dossier", Long.class)).isEqualTo(before);
	}

	@Test
	void aHouseholdSheetOverItsLimitIsRefusedOnTheImportPage() throws Exception {
		PortalClient head = new PortalClient(port);
		head.signIn("truongxom", SignIn.PASSWORD);
		String token = head.csrfToken("/staff/cong-dong/nhap");
		byte[] sheet = new byte[11 * 1024 * 1024];
		sheet[0] = 'P';
		sheet[1] = 'K';
		HttpResponse<String> response = head.postMultipart("/staff/cong-dong/nhap", Map.of("_csrf", token),
				List.of(new FilePart("file", "ho-gia-dinh.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)),
				"text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Tệp quá lớn: tối đa 10 MB.");
	}

}
