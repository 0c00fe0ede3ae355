package vn.langso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * VietQR strings published by others, read back through {@link VietQr}: the EMVCo TLV structure
 * (tags 00, 01, 38 with NAPAS GUID A000000727, 53, 54, 58, 62) and the CRC-16/CCITT-FALSE in tag 63.
 * Each string is copied as published; its source is noted beside it.
 */
class VietQrPublishedExamplesTests {

	/*
	 * NAPAS "QR Format T&C v1.0" (092021), examples 6.1.1 to 6.1.4, as quoted with their CRCs in a public
	 * Java test (package dev.c9tech.fabo.payment, VietQrGeneratorTest, "official NAPAS Test Vectors ...
	 * Sections 6.1.1 - 6.1.4"); 6.1.1 and 6.1.2 are also quoted in a public Dart test of a VietQR package
	 * ("example từ tài liệu chính thức").
	 */
	static final String NAPAS_6_1_1_STATIC_TO_ACCOUNT =
			"00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5";

	static final String NAPAS_6_1_2_STATIC_TO_CARD =
			"00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52";

	static final String NAPAS_6_1_3_DYNAMIC_TO_ACCOUNT = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
			+ "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

	static final String NAPAS_6_1_4_DYNAMIC_TO_CARD = "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC"
			+ "530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203";

	/* subiz/vietqr README.md: 120,000 đ to VietinBank (970415) account 0011001932418, "ung ho lu lut". */
	static final String SUBIZ_README = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
			+ "530370454061200005802VN62170813ung ho lu lut6304C15C";

	/*
	 * unicubevn/vietqr-payment-js README.md, "The result" of its money-transfer example. As printed, tag 62.08
	 * declares 35 characters for a 30-character text and the CRC does not match: a reader must refuse it.
	 */
	static final String UNICUBE_README_AS_PRINTED = "00020101021238590010A0000007270129000697044101156607040600001290208QRIBFTTA"
			+ "5204999953037045405100005802VN62390835THANH TOAN BILL 12-12 CHO JEAN6304F6B3";

	@Test
	void napasStaticAccountExampleHasAValidCrcButAnInnerLengthThatDoesNotMatchItsAccountNumber() {
		// As published, 38.01.01 declares 12 characters ("0112") for the 13-digit account 0011012345678 while
		// 38.01 declares 27, which only fits 13: the CRC covers the mistake, the TLV structure does not.
		assertThat(VietQr.hasValidCrc(NAPAS_6_1_1_STATIC_TO_ACCOUNT)).isTrue();
		assertThat(VietQr.decode(NAPAS_6_1_1_STATIC_TO_ACCOUNT)).isEmpty();
		VietQrPayload corrected = VietQr.decode(VietQr.encode(new VietQrPayload("970403", "0011012345678", null, null, null)))
			.orElseThrow();
		assertThat(corrected.isDynamic()).isFalse();
	}

	@Test
	void readsNapasStaticQrToACard() {
		VietQrPayload payload = VietQr.decode(NAPAS_6_1_2_STATIC_TO_CARD).orElseThrow();
		assertThat(payload.accountNumber()).isEqualTo("9704031101234567");
		assertThat(VietQr.fields(VietQr.fields(NAPAS_6_1_2_STATIC_TO_CARD).get("38")).get("02")).isEqualTo("QRIBFTTC");
	}

	@Test
	void readsNapasDynamicQrsWithAmountBillNumberAndPurpose() {
		for (String qr : new String[] { NAPAS_6_1_3_DYNAMIC_TO_ACCOUNT, NAPAS_6_1_4_DYNAMIC_TO_CARD }) {
			VietQrPayload payload = VietQr.decode(qr).orElseThrow();
			assertThat(payload.amountVnd()).isEqualTo(180_000L);
			assertThat(payload.purpose()).isEqualTo("thanh toan don hang");
			assertThat(VietQr.fields(VietQr.fields(qr).get("62")).get("01")).isEqualTo("NPS6869");
		}
	}

	@Test
	void encodesTheNapasDynamicAccountExampleToTheSameStringExceptTheBillNumber() {
		String ours = VietQr.encode(new VietQrPayload("970403", "0011012345678", 180_000L, "thanh toan don hang", null));
		// NAPAS's example also carries a bill number (62.01) that our payload does not model; the rest is identical.
		String napasWithoutBill = NAPAS_6_1_3_DYNAMIC_TO_ACCOUNT.substring(0, NAPAS_6_1_3_DYNAMIC_TO_ACCOUNT.indexOf("6234"));
		assertThat(ours).startsWith(napasWithoutBill);
		assertThat(VietQr.hasValidCrc(ours)).isTrue();
	}

	@Test
	void readsThePublishedSubizExample() {
		VietQrPayload payload = VietQr.decode(SUBIZ_README).orElseThrow();
		assertThat(payload.bankBin()).isEqualTo("970415");
		assertThat(payload.accountNumber()).isEqualTo("0011001932418");
		assertThat(payload.amountVnd()).isEqualTo(120_000L);
		assertThat(payload.purpose()).isEqualTo("ung ho lu lut");
		assertThat(VietQr.encode(new VietQrPayload("970415", "0011001932418", 120_000L, "ung ho lu lut", null)))
			.isEqualTo(SUBIZ_README);
	}

	@Test
	void refusesAPublishedStringWhoseLengthAndCrcDoNotMatch() {
		assertThat(VietQr.hasValidCrc(UNICUBE_README_AS_PRINTED)).isFalse();
		assertThat(VietQr.decode(UNICUBE_README_AS_PRINTED)).isEmpty();
	}

	@Test
	void refusesAnyNapasExampleWithOneCharacterChanged() {
		String tampered = NAPAS_6_1_3_DYNAMIC_TO_ACCOUNT.replace("54061800005802", "54061900005802");
		assertThat(VietQr.decode(tampered)).isEmpty();
	}

}
