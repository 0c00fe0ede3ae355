package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void theDemoPasswordAndALongPhraseAreAccepted() {
		assertThat(PasswordPolicy.problem("LangSo@2026", "0912345678", "036190012345")).isEmpty();
		assertThat(PasswordPolicy.problem("ca phe sua da buoi sang")).isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(PasswordPolicy.problem("password123")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("Qwerty123")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("12345678")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("iloveyou")).hasValue("validation.password.common");
	}

	@Test
	void vietnameseFavouritesAreRefused() {
		assertThat(PasswordPolicy.problem("matkhau123")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("MatKhau@123")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("anhyeuem")).hasValue("validation.password.common");
		assertThat(PasswordPolicy.problem("88888888")).hasValue("validation.password.common");
	}

	@Test
	void shortPasswordsAreRefused() {
		assertThat(PasswordPolicy.problem("123456")).hasValue("validation.password.size");
		assertThat(PasswordPolicy.problem("Ab1!xyz")).hasValue("validation.password.size");
	}

	@Test
	void thePersonsOwnPhoneCitizenIdOrLoginAreRefused() {
		assertThat(PasswordPolicy.problem("0912345678", "0912345678", "036190012345")).hasValue("validation.password.personal");
		assertThat(PasswordPolicy.problem("mai912345678", "0912345678", null)).hasValue("validation.password.personal");
		assertThat(PasswordPolicy.problem("+84912345678", "0912345678", null)).hasValue("validation.password.personal");
		assertThat(PasswordPolicy.problem("036190012345", "0912345678", "036190012345")).hasValue("validation.password.personal");
		assertThat(PasswordPolicy.problem("NguyenLan.motcua!", "motcua")).hasValue("validation.password.personal");
	}

	@Test
	void theListIsShippedWithThousandsOfEntries() {
		assertThat(PasswordPolicy.isCommon("sunshine")).isTrue();
		assertThat(PasswordPolicy.isCommon("langso@2026")).isFalse();
	}

}
