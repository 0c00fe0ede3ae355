package vn.langso.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.VietnameseFormats;

/**
 * Online surveys: staff build them (single or multiple choice, rating, free text), target the commune
 * or some villages, publish them on the portal and by link or QR. Each resident answers once: a
 * {@link SurveyRespondents} says who answers; the unique (survey, respondent) key is the last word.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

	private final JdbcClient jdbc;

	private final CommuneAccess access;

	private final Areas areas;

	private final Clock clock;

	Surveys(JdbcClient jdbc, CommuneAccess access, Areas areas, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.areas = areas;
		this.clock = clock;
	}

	@Transactional
	public long create(CurrentUser user, long communeId, SurveyForm form) {
		access.require(user, communeId);
		List<Long> villages = form.villageIds() == null ? List.of() : form.villageIds();
		for (Long v : villages) {
			if (!areas.isVillageOf(v, communeId)) {
				throw new InvalidInputException("community.error.unknownVillage");
			}
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_survey (commune_id, title, description, status, token, village_ids, created_by,
				created_at) values (?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
			.params(communeId, form.title().trim(), Residents.blankToNull(form.description()), ResidentRegister.newToken(),
					villages.stream().map(String::valueOf).collect(Collectors.joining(",")), user.fullName(),
					Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional
	public void addQuestion(CurrentUser user, long surveyId, QuestionForm form) {
		SurveyView survey = forStaff(user, surveyId);
		if (survey.status() != SurveyView.Status.DRAFT) {
			throw new InvalidInputException("community.survey.notDraft");
		}
		List<String> options = form.options() == null ? List.of()
				: form.options().lines().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		if (form.kind().hasOptions() && options.size() < 2) {
			throw new InvalidInputException("community.survey.needOptions");
		}
		jdbc.sql("""
				insert into community_survey_question (survey_id, position, kind, text, options, required)
				values (?, ?, ?, ?, ?, ?)""")
			.params(surveyId, survey.questions().size() + 1, form.kind().name(), form.text().trim(),
					form.kind().hasOptions() ? String.join("\n", options) : "", form.required())
			.update();
	}

	@Transactional
	public void publish(CurrentUser user, long surveyId) {
		SurveyView survey = forStaff(user, surveyId);
		if (survey.questions().isEmpty()) {
			throw new InvalidInputException("community.survey.noQuestions");
		}
		jdbc.sql("update community_survey set status = 'PUBLISHED', published_at = ? where id = ? and status = 'DRAFT'")
			.params(Timestamp.from(clock.instant()), surveyId).update();
	}

	@Transactional
	public void close(CurrentUser user, long surveyId) {
		forStaff(user, surveyId);
		jdbc.sql("update community_survey set status = 'CLOSED' where id = ?").param(surveyId).update();
	}

	public List<SurveyView> ofCommune(CurrentUser user, long communeId) {
		access.require(user, communeId);
		return list("where commune_id = ? order by created_at desc, id desc", communeId);
	}

	/** What the commune's portal lists. */
	public List<SurveyView> published(long communeId) {
		return list("where commune_id = ? and status = 'PUBLISHED' order by published_at desc", communeId);
	}

	public SurveyView forStaff(CurrentUser user, long surveyId) {
		SurveyView s = find("where id = ?", surveyId).orElseThrow(() -> new NotFoundException("survey " + surveyId));
		access.require(user, s.communeId());
		return s;
	}

	/** A survey by its public link; drafts are not public. */
	public SurveyView byToken(String token) {
		return find("where token = ? and status <> 'DRAFT'", token)
			.orElseThrow(() -> new NotFoundException("survey " + token));
	}

	public boolean hasAnswered(SurveyView survey, SurveyRespondents.Respondent respondent) {
		return jdbc.sql("select count(*) from community_survey_response where survey_id = ? and respondent_key = ?")
			.params(survey.id(), respondent.key()).query(Long.class).single() > 0;
	}

	/** Stores one response; a second from the same respondent is refused, whatever the timing. */
	@Transactional
	public void answer(SurveyView survey, SurveyRespondents.Respondent respondent, Map<Long, List<String>> answers) {
		if (!survey.open()) {
			throw new InvalidInputException("community.survey.closed");
		}
		if (!targets(survey, respondent.villageId())) {
			throw new InvalidInputException("community.survey.notTargeted");
		}
		List<Object[]> rows = new ArrayList<>();
		for (SurveyView.Question q : survey.questions()) {
			List<String> given = answers.getOrDefault(q.id(), List.of()).stream()
				.map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
			if (given.isEmpty()) {
				if (q.required()) {
					throw new InvalidInputException("community.survey.answerRequired", q.position());
				}
				continue;
			}
			if (q.kind() != QuestionKind.TEXT && !q.choices().containsAll(given)
					|| q.kind() != QuestionKind.MULTIPLE && given.size() > 1) {
				throw new InvalidInputException("community.survey.answerInvalid", q.position());
			}
			for (String g : given) {
				rows.add(new Object[] { q.id(), g.length() > 1000 ? g.substring(0, 1000) : g });
			}
		}
		if (hasAnswered(survey, respondent)) {
			throw new InvalidInputException("community.survey.alreadyAnswered");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("insert into community_survey_response (survey_id, respondent_key, answered_at) values (?, ?, ?)")
				.params(survey.id(), respondent.key(), Timestamp.from(clock.instant()))
				.update(key, "id");
		}
		catch (DuplicateKeyException twice) {
			throw new InvalidInputException("community.survey.alreadyAnswered");
		}
		long responseId = key.getKey().longValue();
		for (Object[] r : rows) {
			jdbc.sql("insert into community_survey_answer (response_id, question_id, answer) values (?, ?, ?)")
				.params(responseId, r[0], r[1]).update();
		}
	}

	public SurveyResults results(CurrentUser user, long surveyId) {
		SurveyView survey = forStaff(user, surveyId);
		List<SurveyResults.QuestionResult> results = new ArrayList<>();
		for (SurveyView.Question q : survey.questions()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			q.choices().forEach(c -> counts.put(c, 0L));
			List<String> texts = List.of();
			Double average = null;
			if (q.kind() == QuestionKind.TEXT) {
				texts = jdbc.sql("select answer from community_survey_answer where question_id = ? order by id desc limit 50")
					.param(q.id()).query(String.class).list();
			}
			else {
				jdbc.sql("select answer, count(*) from community_survey_answer where question_id = ? group by answer")
					.param(q.id())
					.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
					.list();
				if (q.kind() == QuestionKind.RATING) {
					long n = counts.values().stream().mapToLong(Long::longValue).sum();
					long sum = counts.entrySet().stream().mapToLong(e -> Long.parseLong(e.getKey()) * e.getValue()).sum();
					average = n == 0 ? null : Math.round(10.0 * sum / n) / 10.0;
				}
			}
			results.add(new SurveyResults.QuestionResult(q,
					counts.entrySet().stream().map(e -> new SurveyResults.Count(e.getKey(), e.getValue())).toList(), texts,
					average));
		}
		return new SurveyResults(survey, results);
	}

	/** Every response, one row each, answers of a multiple choice joined with "; " (for the export). */
	public List<List<String>> responseRows(CurrentUser user, long surveyId) {
		SurveyView survey = forStaff(user, surveyId);
		Map<Long, Map<Long, List<String>>> byResponse = new LinkedHashMap<>();
		Map<Long, String> when = new LinkedHashMap<>();
		jdbc.sql("select id, answered_at from community_survey_response where survey_id = ? order by id")
			.param(surveyId)
			.query((rs, n) -> when.put(rs.getLong(1), VietnameseFormats.format(rs.getTimestamp(2).toInstant(), "dd/MM/yyyy HH:mm:ss")))
			.list();
		jdbc.sql("""
				select a.response_id, a.question_id, a.answer from community_survey_answer a
				join community_survey_response r on r.id = a.response_id where r.survey_id = ? order by a.id""")
			.param(surveyId)
			.query((rs, n) -> byResponse.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
				.add(rs.getString(3)))
			.list();
		List<List<String>> rows = new ArrayList<>();
		when.forEach((id, at) -> {
			List<String> row = new ArrayList<>(List.of(at));
			for (SurveyView.Question q : survey.questions()) {
				row.add(String.join("; ", byResponse.getOrDefault(id, Map.of()).getOrDefault(q.id(), List.of())));
			}
			rows.add(row);
		});
		return rows;
	}

	static boolean targets(SurveyView survey, Long villageId) {
		return survey.villageIds().isEmpty() || villageId != null && survey.villageIds().contains(villageId);
	}

	private List<SurveyView> list(String where, Object param) {
		return jdbc.sql("select id from community_survey " + where).param(param).query(Long.class).list().stream()
			.map(id -> find("where id = ?", id).orElseThrow())
			.toList();
	}

	private Optional<SurveyView> find(String where, Object param) {
		return jdbc.sql("""
				select id, commune_id, title, description, status, token, village_ids, published_at,
				(select count(*) from community_survey_response r where r.survey_id = s.id) as responses
				from community_survey s""" + " " + where)
			.param(param)
			.query((rs, n) -> new SurveyView(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("title"),
					rs.getString("description"), SurveyView.Status.valueOf(rs.getString("status")), rs.getString("token"),
					rs.getString("village_ids").isBlank() ? List.of()
							: Arrays.stream(rs.getString("village_ids").split(",")).map(Long::valueOf).toList(),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
					List.of(), rs.getLong("responses")))
			.optional()
			.map(s -> new SurveyView(s.id(), s.communeId(), s.title(), s.description(), s.status(), s.token(),
					s.villageIds(), s.publishedAt(), questions(s.id()), s.responses()));
	}

	private List<SurveyView.Question> questions(long surveyId) {
		return jdbc.sql("select id, position, kind, text, options, required from community_survey_question where survey_id = ? order by position")
			.param(surveyId)
			.query((rs, n) -> new SurveyView.Question(rs.getLong("id"), rs.getInt("position"),
					QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getString("options").isBlank() ? List.of() : List.of(rs.getString("options").split("\n")),
					rs.getBoolean("required")))
			.list();
	}


}
