package vn.langso.community;

import java.time.LocalDate;

public record TrainingView(long id, long communeId, Long villageId, String title, LocalDate heldOn, String trainer,
		int attendees) {
}
