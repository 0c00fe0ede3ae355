package vn.langso.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo commune's published satisfaction survey on the NTM results, with sixty residents' answers. */
@Component
class SurveyDemo {

	private final JdbcClient jdbc;

	private final Clock clock;

	SurveyDemo(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A published satisfaction survey with some answers, for the demo commune. */
	@Transactional
	void demo(long communeId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_survey (commune_id, title, description, status, token, village_ids, created_by,
				created_at, published_at) values (?, ?, ?, 'PUBLISHED', ?, '', 'Vũ Minh Quang', ?, ?)""")
			.params(communeId, "Mức độ hài lòng với kết quả xây dựng nông thôn mới kiểu mẫu",
					"Ý kiến của bà con giúp xã điều chỉnh kế hoạch năm tới. Mỗi người trả lời một lần.", "hailongntm",
					Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
			.update(key, "id");
		long survey = key.getKey().longValue();
		String[][] questions = { { "RATING", "Bà con hài lòng thế nào với kết quả xây dựng NTM kiểu mẫu?", "" },
				{ "SINGLE", "Lĩnh vực nào cải thiện rõ nhất?", "Đường giao thông\nChiếu sáng công cộng\nMôi trường, rác thải\nChuyển đổi số" },
				{ "MULTIPLE", "Bà con đã dùng những tiện ích số nào?", "VNeID\nChuyển khoản ngân hàng\nDịch vụ công trực tuyến\nỨng dụng phản ánh" },
				{ "TEXT", "Góp ý thêm cho xã", "" } };
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			GeneratedKeyHolder q = new GeneratedKeyHolder();
			jdbc.sql("insert into community_survey_question (survey_id, position, kind, text, options, required) values (?, ?, ?, ?, ?, ?)")
				.params(survey, i + 1, questions[i][0], questions[i][1], questions[i][2], i < 2)
				.update(q, "id");
			ids.add(q.getKey().longValue());
		}
		List<Long> respondents = jdbc.sql("select id from community_resident where commune_id = ? and citizen_id is not null and citizen_id not in ('036190012345', '036085001234') order by id limit 60")
			.param(communeId).query(Long.class).list();
		String[] areas = questions[1][2].split("\n");
		String[] apps = questions[2][2].split("\n");
		for (int i = 0; i < respondents.size(); i++) {
			GeneratedKeyHolder r = new GeneratedKeyHolder();
			jdbc.sql("insert into community_survey_response (survey_id, respondent_key, answered_at) values (?, ?, ?)")
				.params(survey, "resident:" + respondents.get(i), Timestamp.from(clock.instant())).update(r, "id");
			long response = r.getKey().longValue();
			insertAnswer(response, ids.get(0), String.valueOf(i % 7 == 0 ? 3 : i % 3 == 0 ? 4 : 5));
			insertAnswer(response, ids.get(1), areas[i * 7 % areas.length]);
			insertAnswer(response, ids.get(2), apps[i % apps.length]);
			if (i % 2 == 0) {
				insertAnswer(response, ids.get(2), apps[(i + 1) % apps.length]);
			}
		}
	}

	private void insertAnswer(long response, long question, String answer) {
		jdbc.sql("insert into community_survey_answer (response_id, question_id, answer) values (?, ?, ?)")
			.params(response, question, answer).update();
	}

}
