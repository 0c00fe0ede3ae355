package vn.langso.economy;

import java.util.List;

/**
 * A producer as the public may see it: no phone, no ID number; the bank account is what a VietQR code
 * carries anyway.
 */
public record ProducerView(long id, long communeId, Long villageId, ProducerKind kind, String name, String description,
		boolean hasGs1Prefix, String bankBin, String bankAccount, String payeeName, List<String> shopLinks) {

	public boolean acceptsVietQr() {
		return bankBin != null && bankAccount != null;
	}

}
