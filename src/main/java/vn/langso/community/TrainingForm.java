package vn.langso.community;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

public record TrainingForm(@NotBlank(message = "{community.error.titleRequired}") @Size(max = 200) String title,
		@NotNull(message = "{community.error.dateRequired}") @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		Long villageId) {
}
