package vn.langso.broadcast;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An announcement as staff write it: once, for every channel they tick. */
public record AnnouncementForm(
		@NotBlank(message = "{broadcast.validation.title}") @Size(max = 200, message = "{broadcast.validation.title}")
		@Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String title,
		@NotBlank(message = "{broadcast.validation.body}") @Size(max = 4000, message = "{broadcast.validation.body}")
		String body,
		@NotNull(message = "{broadcast.validation.urgency}")
		Urgency urgency,
		@NotEmpty(message = "{broadcast.validation.channels}")
		Set<Channel> channels,
		@NotEmpty(message = "{broadcast.validation.villages}")
		List<Long> villageIds,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		LocalDateTime scheduledAt,
		@Size(max = 100, message = "{broadcast.validation.capEvent}") @Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String capEvent,
		@Min(value = 1, message = "{broadcast.validation.validHours}") @Max(value = 720, message = "{broadcast.validation.validHours}")
		Integer validHours) {

	public static AnnouncementForm empty() {
		return new AnnouncementForm("", "", Urgency.NORMAL, Set.of(Channel.PORTAL, Channel.IN_APP, Channel.LOUDSPEAKER),
				List.of(), null, "", 24);
	}

}
