package vn.langso.payment;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.ConflictException;
import vn.langso.shared.NotFoundException;

/**
 * Payment requests for fees: one per commune and reference (asking twice returns the first one),
 * paid to the commune's own account through a VietQR code.
 */
@Service
@Transactional
public class Payments {

	private final PaymentRequestRepository requests;

	private final CommuneAccountRepository accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Payments(PaymentRequestRepository requests, CommuneAccountRepository accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.requests = requests;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Whether the commune has an account to collect fees on. */
	@Transactional(readOnly = true)
	public boolean acceptsPayments(long communeId) {
		return accounts.findByCommuneId(communeId).isPresent();
	}

	/**
	 * Asks for a payment; empty when the commune has no collection account. The reference must be
	 * printable ASCII of at most 25 characters (it travels in the bank transfer's message).
	 */
	public Optional<PaymentRequestView> request(long communeId, String reference, long amountVnd, String description) {
		if (amountVnd <= 0) {
			throw new IllegalArgumentException("amount must be positive");
		}
		Optional<CommuneAccount> account = accounts.findByCommuneId(communeId);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		PaymentRequest request = requests.findByCommuneIdAndReference(communeId, reference)
			.orElseGet(() -> requests.save(new PaymentRequest(communeId, reference, description, amountVnd, clock.instant())));
		return Optional.of(request.view(account.get()));
	}

	@Transactional(readOnly = true)
	public Optional<PaymentRequestView> find(long communeId, String reference) {
		return accounts.findByCommuneId(communeId)
			.flatMap(account -> requests.findByCommuneIdAndReference(communeId, reference).map(r -> r.view(account)));
	}

	/**
	 * Cash taken at the one-stop counter: settles the pending request as a matched bank notice would,
	 * with the receiving official in place of the bank's transaction id, and tells the modules.
	 */
	public PaymentRequestView settleAtCounter(long communeId, String reference, String receivedBy) {
		PaymentRequest request = requests.findByCommuneIdAndReference(communeId, reference)
			.orElseThrow(() -> new NotFoundException("payment " + reference));
		String receipt = ("COUNTER " + receivedBy + " " + clock.instant().getEpochSecond());
		if (!request.settleWith(request.amountVnd(), receipt.substring(0, Math.min(64, receipt.length())), clock.instant())) {
			throw new ConflictException("payment.alreadyPaid");
		}
		events.publishEvent(new PaymentReceived(communeId, reference, request.amountVnd(), clock.instant()));
		return request.view(accounts.findByCommuneId(communeId).orElseThrow());
	}

	/** Sets (or replaces) the account a commune collects fees on. */
	public void setAccount(long communeId, String bankBin, String accountNumber, String accountName) {
		accounts.findByCommuneId(communeId).ifPresent(accounts::delete);
		accounts.flush();
		accounts.save(new CommuneAccount(communeId, bankBin, accountNumber, accountName));
	}

}
