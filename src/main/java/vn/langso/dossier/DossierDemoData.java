package vn.langso.dossier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.payment.Payments;
import vn.langso.shared.DemoData;

/**
 * Demo fee-collection accounts of the demo communes: fictional account numbers at the NAPAS BIN
 * 970405 (Agribank), so VietQR codes scan in a banking app but pay nobody real.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class DossierDemoData implements DemoData {

	private final Areas areas;

	private final Payments payments;

	DossierDemoData(Areas areas, Payments payments) {
		this.areas = areas;
		this.payments = payments;
	}

	@Override
	public void run(ApplicationArguments args) {
		account(DemoAreaCodes.BINH_HOA, "1900000000001", "UBND XA BINH HOA");
		account(DemoAreaCodes.HOANG_DONG, "1900000000002", "UBND XA HOANG DONG");
		account(DemoAreaCodes.THIEN_LOC, "1900000000003", "UBND XA THIEN LOC");
	}

	private void account(String communeCode, String number, String name) {
		areas.byCode(communeCode).filter(c -> !payments.acceptsPayments(c.id()))
			.ifPresent(c -> payments.setAccount(c.id(), "970405", number, name));
	}

}
