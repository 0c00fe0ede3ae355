package vn.langso.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/**
 * Reconciliation: the bank posts a credit notice signed with HMAC-SHA256 over the exact body with the
 * secret the commune shares with its bank ({@link BankNoticeSecrets}, one per commune account). A
 * notice is taken once (its transaction id is remembered, so a
 * replay is refused) and settles the pending request whose reference its transfer message carries.
 */
@Service
public class BankNotices {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BankNoticeRepository notices;

	private final PaymentRequestRepository requests;

	private final CommuneAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BankNoticeSecrets secrets;

	BankNotices(BankNoticeRepository notices, PaymentRequestRepository requests, CommuneAccountRepository accounts,
			ApplicationEventPublisher events, Clock clock, BankNoticeSecrets secrets) {
		this.notices = notices;
		this.requests = requests;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.secrets = secrets;
	}

	/** The signature a bank puts in the X-Signature header: lower-case hex HMAC-SHA256 of the body. */
	public static String sign(byte[] body, String sharedSecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Takes a notice signed with the secret of the account it names; any other notice (no signature,
	 * another commune's secret, an account without a secret, a body naming no account) is refused alike.
	 */
	@Transactional
	public NoticeOutcome accept(byte[] body, String signature) {
		String secret = accountNamedIn(body).flatMap(secrets::forAccount)
			.orElseThrow(() -> new ForbiddenException("bank notice for an account without a secret"));
		if (signature == null || !MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.UTF_8),
				signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
			throw new ForbiddenException("bank notice signature does not match");
		}
		BankNoticeForm notice = parse(body);
		if (notices.existsByTransactionId(notice.transactionId())) {
			throw new ConflictException("bank notice " + notice.transactionId() + " already received");
		}
		Optional<PaymentRequest> request = accounts.findByAccountNumber(notice.accountNumber())
			.flatMap(account -> matching(account, notice.content()));
		boolean settled = request.map(r -> r.settleWith(notice.amountVnd(), notice.transactionId(), clock.instant()))
			.orElse(false);
		NoticeOutcome outcome = settled ? NoticeOutcome.MATCHED : NoticeOutcome.UNMATCHED;
		notices.save(new BankNotice(notice.transactionId(), notice.accountNumber(), notice.amountVnd(),
				notice.content(), clock.instant(), outcome.name(), request.map(PaymentRequest::id).orElse(null)));
		if (settled) {
			PaymentRequest paid = request.get();
			events.publishEvent(new PaymentReceived(paid.communeId(), paid.reference(), notice.amountVnd(), clock.instant()));
		}
		return outcome;
	}

	private Optional<PaymentRequest> matching(CommuneAccount account, String content) {
		long communeId = accountCommune(account);
		return java.util.Arrays.stream(content.toUpperCase(Locale.ROOT).split("[^A-Z0-9-]+"))
			.filter(token -> token.length() >= 6)
			.map(token -> requests.findByCommuneIdAndReference(communeId, token))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private long accountCommune(CommuneAccount account) {
		return account.communeId();
	}

	/** The account number, read before the signature is checked only to pick the secret to check it with. */
	private static Optional<String> accountNamedIn(byte[] body) {
		try {
			return Optional.ofNullable(JSON.readValue(body, BankNoticeForm.class).accountNumber());
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static BankNoticeForm parse(byte[] body) {
		BankNoticeForm notice;
		try {
			notice = JSON.readValue(body, BankNoticeForm.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("payment.notice.malformed");
		}
		if (notice.transactionId() == null || notice.transactionId().isBlank() || notice.transactionId().length() > 64
				|| notice.accountNumber() == null || notice.amountVnd() == null || notice.amountVnd() <= 0
				|| notice.content() == null || notice.content().length() > 200) {
			throw new InvalidInputException("payment.notice.malformed");
		}
		return notice;
	}

}
