package vn.langso.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VietQrTests {

	@Test
	void crcIsTheCcittFalseCheckValue() {
		// the catalogue check value of CRC-16/CCITT-FALSE over "123456789"
		assertThat(VietQr.crc16("123456789")).isEqualTo("29B1");
	}

	@Test
	void dynamicCodeCarriesAmountPurposeAndNapasAccountTemplate() {
		String qr = VietQr.encode(new VietQrPayload("970405", "1234567890123", 50_000L, "HS 99001 2026 000123", null));
		assertThat(qr).startsWith("000201010212")
			.contains("38570010A0000007270127000697040501131234567890123" + "0208QRIBFTTA")
			.contains("5303704").contains("540550000").contains("5802VN")
			.contains("62240820HS 99001 2026 000123")
			.matches(".*6304[0-9A-F]{4}$");
		assertThat(VietQr.hasValidCrc(qr)).isTrue();
	}

	@Test
	void staticCodeHasNoAmount() {
		String qr = VietQr.encode(new VietQrPayload("970418", "0011223344", null, null, "HTX BUOI DIEN"));
		assertThat(qr).startsWith("000201010211").doesNotContain("5405");
		assertThat(VietQr.decode(qr)).hasValueSatisfying(p -> {
			assertThat(p.amountVnd()).isNull();
			assertThat(p.merchantName()).isEqualTo("HTX BUOI DIEN");
		});
	}

	@Test
	void decodeRoundTripsAndRejectsATamperedCode() {
		VietQrPayload payment = new VietQrPayload("970422", "0900123456", 25_000L, "LE PHI KHAI SINH", null);
		String qr = VietQr.encode(payment);
		assertThat(VietQr.decode(qr)).contains(payment);
		String tampered = qr.replace("25000", "95000");
		assertThat(VietQr.hasValidCrc(tampered)).isFalse();
		assertThat(VietQr.decode(tampered)).isEmpty();
		assertThat(VietQr.decode("not a qr")).isEmpty();
	}

	@Test
	void refusesWhatBanksCannotCarry() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VietQrPayload("97040", "1", 1L, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new VietQrPayload("970405", "1", 0L, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new VietQrPayload("970405", "1", 1L, "Lệ phí", null));
	}

}
