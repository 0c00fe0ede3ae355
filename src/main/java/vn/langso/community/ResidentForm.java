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
		String citizenId, String phone, Boolean hasSmartphone, Boolean hasEpayment, Boolean vneidLevel2,
		Boolean usesOnlineServices, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent LocalDate trainedOn,
		@Size(max = 120) String trainedBy) {

	/** An unticked checkbox that sent nothing at all is a "no". */
	public ResidentForm {
		hasSmartphone = Boolean.TRUE.equals(hasSmartphone);
		hasEpayment = Boolean.TRUE.equals(hasEpayment);
		vneidLevel2 = Boolean.TRUE.equals(vneidLevel2);
		usesOnlineServices = Boolean.TRUE.equals(usesOnlineServices);
	}

	public static ResidentForm from(ResidentView r) {
		return new ResidentForm(r.fullName(), r.relation(), r.birthDate(), r.gender(), r.citizenId(), r.phone(),
				r.hasSmartphone(), r.hasEpayment(), r.vneidLevel2(), r.usesOnlineServices(), r.trainedOn(), r.trainedBy());
	}

}
