package vn.langso.community;

import java.time.Instant;
import java.util.List;

public record SurveyView(long id, long communeId, String title, String description, Status status, String token,
		List<Long> villageIds, Instant publishedAt, List<Question> questions, long responses) {

	public enum Status {
		DRAFT, PUBLISHED, CLOSED;

		public String messageKey() {
			return "community.survey.status." + name();
		}
	}

	public record Question(long id, int position, QuestionKind kind, String text, List<String> options,
			boolean required) {

		/** The choices a respondent has: the options, or 1 to 5 for a rating. */
		public List<String> choices() {
			return kind == QuestionKind.RATING ? List.of("1", "2", "3", "4", "5") : options;
		}
	}

	public boolean open() {
		return status == Status.PUBLISHED;
	}

}
