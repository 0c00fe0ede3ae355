package vn.langso.feedback;

/** Small input rules shared by the feedback services. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static void checkRange(Double latitude, Double longitude) {
		if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
			throw new FeedbackFailure("latitude", "feedback.validation.latitude");
		}
		if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
			throw new FeedbackFailure("longitude", "feedback.validation.longitude");
		}
	}

}
