package vn.langso.economy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of a batch's life, as typed on a phone.
 *
 * @param at local time in the commune (Asia/Ho_Chi_Minh); empty for now
 */
public record StepForm(@NotNull(message = "{economy.step.required}") BatchStep step,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
		@DecimalMin(value = "0.01", message = "{economy.batch.quantityPositive}") BigDecimal quantity,
		@Size(max = 200, message = "{economy.step.noteLength}") String note) {
}
