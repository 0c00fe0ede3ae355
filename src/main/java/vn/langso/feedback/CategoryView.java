package vn.langso.feedback;

/** A category of problems a commune accepts; {@code code} is the Open311 service code. */
public record CategoryView(long id, long communeId, String code, String name, String description, String keywords,
		int answerDays, boolean active, int sortOrder) {
}
