package vn.langso.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account with its personal data, for the account owner and for administrators (audited).
 *
 * @param citizenIdProof how the CCCD was proven to be the holder's; {@code null} while it is only typed,
 * and then nothing from the registers may be shown or filled in for it
 */
public record AccountView(long id, String username, String fullName, String phone, String citizenId, String email,
		Set<Role> roles, Long communeId, Long villageId, boolean enabled, Instant createdAt,
		CitizenIdProof citizenIdProof) {

	public boolean citizenIdProven() {
		return citizenId != null && citizenIdProof != null;
	}

}
