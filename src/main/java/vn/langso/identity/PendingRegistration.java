package vn.langso.identity;

import java.io.Serializable;

import vn.langso.shared.PhoneNumber;

/**
 * A registration that passed every check and waits for the one-time code sent to its phone. It lives
 * in the visitor's session until then; the password is already hashed, so the session never holds it.
 */
public record PendingRegistration(String fullName, String citizenId, String phone, String email, long communeId,
		Long villageId, String passwordHash) implements Serializable {

	/** The phone as the confirmation page shows it: 091****678. */
	public String maskedPhone() {
		return PhoneNumber.parse(phone).masked();
	}

	@Override
	public String toString() {
		return "PendingRegistration[" + PhoneNumber.parse(phone).masked() + "]";
	}

}
