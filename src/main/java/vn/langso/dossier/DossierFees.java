package vn.langso.dossier;

import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CurrentUser;
import vn.langso.payment.PaymentReceived;
import vn.langso.payment.PaymentRequestView;
import vn.langso.payment.Payments;
import vn.langso.shared.ConflictException;

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

	private final DossierWorkflow officials;

	private final AuditLog audit;

	DossierFees(Dossiers applicantSide, DossierRepository dossiers, Payments payments, DossierWorkflow officials,
			AuditLog audit) {
		this.audit = audit;
		this.applicantSide = applicantSide;
		this.dossiers = dossiers;
		this.payments = payments;
		this.officials = officials;
	}

	/** The payment request of the applicant's dossier, made on first ask; empty when there is nothing to pay. */
	@Transactional
	public Optional<PaymentRequestView> paymentFor(CurrentUser user, long dossierId) {
		Dossier dossier = applicantSide.ownDossier(user, dossierId);
		if (dossier.feeVnd() <= 0 || dossier.code() == null || dossier.status() == DossierStatus.REFUSED) {
			return Optional.empty();
		}
		if (dossier.status() == DossierStatus.RETURNED) {
			// the result is in her hands: the fee was settled at the counter if not before, never asked anew
			return payments.find(dossier.communeId(), dossier.code());
		}
		return payments.request(dossier.communeId(), dossier.code(), dossier.feeVnd(),
				"Phí, lệ phí hồ sơ " + dossier.code());
	}

	/**
	 * The official at the counter took the fee in cash: the dossier is paid at once and its payment
	 * request settled, so the citizen's phone stops showing a QR code to pay it a second time.
	 */
	@Transactional
	public void recordCounterPayment(CurrentUser official, long dossierId) {
		Dossier dossier = officials.staffDossier(official, dossierId);
		if (dossier.feeVnd() <= 0 || dossier.code() == null) {
			throw new ConflictException("dossier.payment.none");
		}
		if (dossier.feePaid()) {
			throw new ConflictException("payment.alreadyPaid");
		}
		Optional<PaymentRequestView> request = payments.request(dossier.communeId(), dossier.code(), dossier.feeVnd(),
				"Phí, lệ phí hồ sơ " + dossier.code());
		if (request.isPresent() && !request.get().isPaid()) {
			payments.settleAtCounter(dossier.communeId(), dossier.code(), official.username());
		}
		dossier.markFeePaid();
		audit.record(official, dossier.communeId(), "COUNTER_PAYMENT", "dossier", String.valueOf(dossierId),
				dossier.code() + " " + dossier.feeVnd() + " VND");
	}

	@ApplicationModuleListener
	void on(PaymentReceived paid) {
		dossiers.findByCommuneIdAndCode(paid.communeId(), paid.reference()).ifPresent(Dossier::markFeePaid);
	}

}
