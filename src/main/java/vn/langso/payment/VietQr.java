package vn.langso.payment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads VietQR strings: EMVCo merchant-presented TLV fields (2-digit id, 2-digit length,
 * value) with NAPAS's merchant account template in tag 38 and a CRC-16/CCITT-FALSE over everything
 * up to and including "6304".
 */
public final class VietQr {

	static final String NAPAS_GUID = "A000000727";

	static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";

	private VietQr() {
	}

	public static String encode(VietQrPayload payment) {
		String beneficiary = tlv("00", payment.bankBin()) + tlv("01", payment.accountNumber());
		String merchantAccount = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT);
		StringBuilder qr = new StringBuilder();
		qr.append(tlv("00", "01"));
		qr.append(tlv("01", payment.isDynamic() ? "12" : "11"));
		qr.append(tlv("38", merchantAccount));
		qr.append(tlv("53", "704"));
		if (payment.isDynamic()) {
			qr.append(tlv("54", Long.toString(payment.amountVnd())));
		}
		qr.append(tlv("58", "VN"));
		if (payment.merchantName() != null && !payment.merchantName().isBlank()) {
			qr.append(tlv("59", payment.merchantName()));
		}
		if (payment.purpose() != null && !payment.purpose().isBlank()) {
			qr.append(tlv("62", tlv("08", payment.purpose())));
		}
		qr.append("6304");
		return qr + crc16(qr.toString());
	}

	/** Reads a VietQR string back, or empty when its structure or CRC is wrong. */
	public static Optional<VietQrPayload> decode(String qr) {
		if (!hasValidCrc(qr)) {
			return Optional.empty();
		}
		try {
			Map<String, String> fields = fields(qr.substring(0, qr.length() - 8));
			Map<String, String> account = fields(fields.get("38"));
			Map<String, String> beneficiary = fields(account.get("01"));
			if (!NAPAS_GUID.equals(account.get("00")) || !"704".equals(fields.get("53"))) {
				return Optional.empty();
			}
			String amount = fields.get("54");
			String purpose = fields.containsKey("62") ? fields(fields.get("62")).get("08") : null;
			return Optional.of(new VietQrPayload(beneficiary.get("00"), beneficiary.get("01"),
					amount == null ? null : Long.valueOf(amount), purpose, fields.get("59")));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

	public static boolean hasValidCrc(String qr) {
		if (qr == null || qr.length() < 8 || !qr.startsWith("000201")) {
			return false;
		}
		String body = qr.substring(0, qr.length() - 4);
		return body.endsWith("6304") && crc16(body).equals(qr.substring(qr.length() - 4));
	}

	/** The TLV fields of one level, in order; nested templates stay as their raw value. */
	static Map<String, String> fields(String data) {
		Map<String, String> fields = new LinkedHashMap<>();
		int i = 0;
		while (i < data.length()) {
			String id = data.substring(i, i + 2);
			int length = Integer.parseInt(data.substring(i + 2, i + 4));
			fields.put(id, data.substring(i + 4, i + 4 + length));
			i += 4 + length;
		}
		return fields;
	}

	/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor. */
	static String crc16(String text) {
		int crc = 0xFFFF;
		for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
				crc &= 0xFFFF;
			}
		}
		return String.format("%04X", crc);
	}

	private static String tlv(String id, String value) {
		if (value.length() > 99) {
			throw new IllegalArgumentException("field " + id + " longer than 99 characters");
		}
		return id + String.format("%02d", value.length()) + value;
	}

}
