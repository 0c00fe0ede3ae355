package vn.langso.community;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An official's edit of a resident: identity data and the digital indicators. */
public record ResidentForm(@NotBlank(message = "{community.error.nameRequired}") @Size(max = 120) String fullName,
		@NotNull(message = "{community.error.relationRequired}") Relation relation,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent LocalDate birthDate, Gender gender,
		String citizenId, String phone, boolean hasSmartphone, boolean hasEpayment, boolean vneidLevel2,
		boolean usesOnlineServices, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent LocalDate trainedOn,
		@Size(max = 120) String trainedBy) {

	public static ResidentForm from(ResidentView r) {
		return new ResidentForm(r.fullName(), r.relation(), r.birthDate(), r.gender(), r.citizenId(), r.phone(),
				r.hasSmartphone(), r.hasEpayment(), r.vneidLevel2(), r.usesOnlineServices(), r.trainedOn(), r.trainedBy());
	}

}
