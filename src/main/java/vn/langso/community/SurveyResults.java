package vn.langso.community;

import java.util.List;

/** Counts per choice of each question, and the latest free-text answers, for charts and export. */
public record SurveyResults(SurveyView survey, List<QuestionResult> questions) {

	public record QuestionResult(SurveyView.Question question, List<Count> counts, List<String> texts, Double average) {

		public long max() {
			return counts.stream().mapToLong(Count::count).max().orElse(0);
		}
	}

	public record Count(String choice, long count) {
	}

}
