package vn.langso.identity;

import java.time.Instant;
import java.util.Set;

/** An account with its personal data, for the account owner and for administrators (audited). */
public record AccountView(long id, String username, String fullName, String phone, String citizenId, String email,
		Set<Role> roles, Long communeId, Long villageId, boolean enabled, Instant createdAt) {
}
