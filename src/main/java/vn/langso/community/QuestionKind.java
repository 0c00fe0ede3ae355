package vn.langso.community;

public enum QuestionKind {

	SINGLE, MULTIPLE, RATING, TEXT;

	public String messageKey() {
		return "community.survey.kind." + name();
	}

	public boolean hasOptions() {
		return this == SINGLE || this == MULTIPLE;
	}

}
