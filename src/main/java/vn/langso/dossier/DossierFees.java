package vn.langso.dossier;

import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.payment.PaymentReceived;
import vn.langso.payment.PaymentRequestView;
import vn.langso.payment.Payments;

/**
 * Fees of dossiers through the payment module: a VietQR payment request to the commune's account,
 * with the dossier code as the transfer message, and the dossier marked paid when the bank's notice
 * has been reconciled.
 */
@Service
public class DossierFees {

	private final Dossiers applicantSide;

	private final DossierRepository dossiers;

	private final Payments payments;

	DossierFees(Dossiers applicantSide, DossierRepository dossiers, Payments payments) {
		this.applicantSide = applicantSide;
		this.dossiers = dossiers;
		this.payments = payments;
	}

	/** The payment request of the applicant's dossier, made on first ask; empty when there is nothing to pay. */
	@Transactional
	public Optional<PaymentRequestView> paymentFor(CurrentUser user, long dossierId) {
		Dossier dossier = applicantSide.ownDossier(user, dossierId);
		if (dossier.feeVnd() <= 0 || dossier.code() == null || dossier.status() == DossierStatus.REFUSED) {
			return Optional.empty();
		}
		return payments.request(dossier.communeId(), dossier.code(), dossier.feeVnd(),
				"Phí, lệ phí hồ sơ " + dossier.code());
	}

	@ApplicationModuleListener
	void on(PaymentReceived paid) {
		dossiers.findByCommuneIdAndCode(paid.communeId(), paid.reference()).ifPresent(Dossier::markFeePaid);
	}

}
