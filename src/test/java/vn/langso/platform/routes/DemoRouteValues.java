package vn.langso.platform.routes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Fills a route template's path variables with real demo records of a chosen {@link DataScope}: the
 * household of xóm 3, of another village of Bình Hòa, or of Hoằng Đồng; the demo citizen Mai's dossier
 * or someone else's. Which table an {@code {id}} names depends on the path, hence the rules by prefix.
 */
final class DemoRouteValues {

	/** Whose data a request asks for, seen from the Bình Hòa / xóm 3 accounts. */
	enum DataScope {
		OWN, OTHER_VILLAGE, OTHER_COMMUNE
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/**
	 * path regex → variable → SQL giving a value; parameters :commune, :village and :applicant (Mai for
	 * her own scope, Hùng in another village of Bình Hòa, anyone in Hoằng Đồng).
	 */
	private static final List<String[]> RULES = List.of(
			rule("/staff/ho-so/.*|/tai-khoan/ho-so/.*|/api/v1/dossiers/.*|/staff/mot-cua/ho-so/.*", "id",
					"select min(id) from dossier_dossier where commune_id = :commune and code is not null and applicant_id = :applicant"),
			rule("/tai-khoan/ho-so/.*", "attachmentId",
					"select min(a.id) from dossier_attachment a join dossier_dossier d on d.id = a.dossier_id where d.commune_id = :commune and d.applicant_id = :applicant"),
			rule("/api/v1/households/.*", "id", "select min(id) from community_household where village_id = :village"),
			rule("/api/v1/residents/.*", "id", "select min(id) from community_resident where village_id = :village"),
			rule("/api/v1/surveys/.*", "id", "select min(id) from community_survey where commune_id = :commune"),
			rule("/api/v1/announcements/.*", "id", "select min(id) from broadcast_announcement where commune_id = :commune"),
			rule("/api/v1/radio-schedules/.*", "id", "select min(id) from broadcast_schedule where commune_id = :commune"),
			rule("/api/v1/devices/.*", "id", "select min(id) from devices_device where commune_id = :commune"),
			rule("/api/v1/products/.*", "id", "select min(id) from economy_product where commune_id = :commune"),
			rule("/api/v1/batches/.*", "id", "select min(id) from economy_batch where commune_id = :commune"),
			rule("/api/v1/feedback-reports/.*", "id", "select min(id) from feedback_report where commune_id = :commune"),
			rule("/staff/cong-dong/(ho|thon)/.*", "id", "select min(id) from community_household where village_id = :village"),
			rule("/staff/cong-dong/nhan-khau/.*", "id", "select min(id) from community_resident where village_id = :village"),
			rule("/staff/cong-dong/tap-huan/.*", "id", "select min(id) from community_training where village_id = :village"),
			rule("/staff/cong-dong/to/.*", "teamId", "select min(id) from community_team where commune_id = :commune"),
			rule("/staff/khao-sat/.*", "id", "select min(id) from community_survey where commune_id = :commune"),
			rule("/xa/.*/khao-sat/.*", "token", "select min(token) from community_survey where commune_id = :commune and status = 'PUBLISHED'"),
			rule("/ho/.*", "token", "select min(plate_token) from community_household where village_id = :village"),
			rule("/staff/phan-anh/khoa-api/.*", "id", "select min(id) from feedback_api_key where commune_id = :commune"),
			rule(".*phan-anh/anh/.*", "photoId", "select min(id) from feedback_photo where commune_id = :commune"),
			rule(".*phan-anh.*|.*/feedback/.*", "id", "select min(id) from feedback_report where commune_id = :commune"),
			rule("/open311/.*", "id", "select min(tracking_code) from feedback_report where commune_id = :commune"),
			rule("/open311/.*", "code", "select min(code) from feedback_category where commune_id = :commune"),
			rule("/staff/truyen-thanh/lich/.*", "id", "select min(id) from broadcast_schedule where commune_id = :commune"),
			rule("/staff/truyen-thanh/.*|/xa/.*/thong-bao/.*|/cap/.*", "id", "select min(id) from broadcast_announcement where commune_id = :commune"),
			rule("/media/.*", "name", "select min(audio_file) from broadcast_announcement where commune_id = :commune"),
			rule("/staff/thiet-bi/.*", "id", "select min(id) from devices_device where commune_id = :commune"),
			rule("/staff/xac-minh-cccd/.*", "accountId", "select min(id) from identity_account where commune_id = :commune and username is null"),
			rule("/staff/tai-khoan/.*", "id", "select min(id) from identity_account where commune_id = :commune"),
			rule("/staff/danh-ba/.*|/xa/.*/danh-ba/.*", "id", "select min(id) from identity_official where commune_id = :commune"),
			rule("/staff/diem-thanh-toan/.*", "id", "select min(id) from economy_payment_point where commune_id = :commune"),
			rule(".*/san-pham/.*|/xa/.*/cho/.*", "id", "select min(id) from economy_product where commune_id = :commune"),
			rule(".*/anh.*", "photoId", "select min(id) from economy_product_photo where commune_id = :commune"),
			rule(".*/vung-trong/.*", "id", "select min(id) from economy_growing_area where commune_id = :commune"),
			rule("/xa/.*/co-so/.*", "id", "select min(id) from economy_producer where commune_id = :commune"),
			rule("/tai-khoan/san-xuat/lo/.*", "id", "select min(id) from economy_batch where commune_id = :commune"),
			rule("/01/.*", "gtin", "select min(gtin) from economy_batch where commune_id = :commune"),
			rule("/01/.*", "lot", "select min(lot) from economy_batch where commune_id = :commune and gtin = (select min(gtin) from economy_batch where commune_id = :commune)"),
			rule("/epcis/.*", "id", "select min(id) from economy_capture_job"),
			rule(".*chi-so.*|/api/v1/dashboard/.*", "code", "select min(code) from dashboard_indicator"),
			rule(".*/xac-minh/.*|/api/v1/verification/.*", "serial", "select min(result_serial) from dossier_dossier where commune_id = :commune"),
			rule(".*", "code", "select min(code) from catalog_procedure where is_current = true"),
			rule(".*", "slug", "select slug from identity_area where id = :commune"),
			rule(".*", "communeId", "select :commune"),
			rule(".*", "villageId", "select :village"));

	/** Fixed words of the path: an action, a format, an image size. */
	private static final Map<String, String> WORDS = Map.of("action", "receive", "format", "json", "size", "small",
			"job", "00000000-0000-0000-0000-000000000000", "name", "none.mp3", "id", "1", "token", "none",
			"photoId", "1", "serial", "none");

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<DataScope, MapSqlParameterSource> scopes = new LinkedHashMap<>();

	DemoRouteValues(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		long mai = one("select id from identity_account where phone = '0912345678'", new MapSqlParameterSource());
		long hung = one("select id from identity_account where phone = '0987654321'", new MapSqlParameterSource());
		long binhHoa = one("select id from identity_area where slug = 'binh-hoa'", new MapSqlParameterSource());
		long hoangDong = one("select id from identity_area where slug = 'hoang-dong'", new MapSqlParameterSource());
		long xom3 = one("select village_id from identity_account where username = 'truongxom'", new MapSqlParameterSource());
		MapSqlParameterSource bh = new MapSqlParameterSource("commune", binhHoa);
		long otherVillage = one("select min(village_id) from community_household where commune_id = :commune and village_id <> :xom3",
				new MapSqlParameterSource("commune", binhHoa).addValue("xom3", xom3));
		long hdVillage = one("select min(id) from identity_area where parent_id = :commune", new MapSqlParameterSource("commune", hoangDong));
		scopes.put(DataScope.OWN, new MapSqlParameterSource(bh.getValues()).addValue("village", xom3).addValue("applicant", mai));
		scopes.put(DataScope.OTHER_VILLAGE, new MapSqlParameterSource(bh.getValues()).addValue("village", otherVillage).addValue("applicant", hung));
		Long hdApplicant = jdbc.queryForObject("select min(applicant_id) from dossier_dossier where commune_id = :commune",
				new MapSqlParameterSource("commune", hoangDong), Long.class);
		scopes.put(DataScope.OTHER_COMMUNE, new MapSqlParameterSource("commune", hoangDong).addValue("village", hdVillage)
			.addValue("applicant", hdApplicant == null ? -1 : hdApplicant));
	}

	static boolean hasVariables(String template) {
		return VARIABLE.matcher(template).find();
	}

	/**
	 * The template with each variable replaced by a record of the scope (or a harmless word); empty
	 * when the scope holds no such record, since asking for another scope's record would prove nothing.
	 */
	Optional<String> fill(String template, DataScope scope) {
		Matcher variables = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String value = value(template, variables.group(1), scope);
			if (value == null) {
				return Optional.empty();
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return Optional.of(path.toString());
	}

	private String value(String template, String variable, DataScope scope) {
		for (String[] rule : RULES) {
			if (template.matches(rule[0]) && rule[1].equals(variable)) {
				List<String> found = jdbc.queryForList(rule[2], scopes.get(scope), String.class);
				return found.isEmpty() ? null : found.get(0);
			}
		}
		return WORDS.getOrDefault(variable, "1");
	}

	private long one(String sql, MapSqlParameterSource parameters) {
		return jdbc.queryForObject(sql, parameters, Long.class);
	}

	private static String[] rule(String pathRegex, String variable, String sql) {
		return new String[] { pathRegex, variable, sql };
	}

}
