package vn.langso.economy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;

/** Producers: who the signed-in producer is, their products and growing areas, and their capture API key. */
@Service
@Transactional(readOnly = true)
public class Producers {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProducerRepository producers;

	private final ProductRepository products;

	private final GrowingAreaRepository areas;

	Producers(ProducerRepository producers, ProductRepository products, GrowingAreaRepository areas) {
		this.producers = producers;
		this.products = products;
		this.areas = areas;
	}

	/** The producer the signed-in account runs; a producer role without a registered producer is refused. */
	Producer of(CurrentUser user) {
		if (!user.has(Role.PRODUCER)) {
			throw new ForbiddenException("not a producer");
		}
		return producers.findFirstByAccountId(user.accountId()).orElseThrow(() -> new ForbiddenException("no producer"));
	}

	public ProducerView own(CurrentUser user) {
		return of(user).view();
	}

	public Optional<ProducerView> byId(long id) {
		return producers.findById(id).map(Producer::view);
	}

	public List<ProductView> productsOf(long producerId) {
		return products.findByProducerIdOrderByName(producerId).stream().map(Product::view).toList();
	}

	public List<GrowingAreaView> growingAreasOf(long producerId) {
		return areas.findByProducerIdOrderByCode(producerId).stream().map(GrowingArea::view).toList();
	}

	/** A new API key for EPCIS capture; only its SHA-256 is kept, so it is shown once. */
	@Transactional
	public String issueApiKey(CurrentUser user) {
		Producer producer = of(user);
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String key = "lsk_" + HexFormat.of().formatHex(secret);
		producer.withApiKeyHash(hash(key));
		producers.save(producer);
		return key;
	}

	/** The producer an API key belongs to. */
	public Optional<Long> producerForApiKey(String key) {
		if (key == null || !key.startsWith("lsk_")) {
			return Optional.empty();
		}
		return producers.findByApiKeyHash(hash(key)).map(Producer::id);
	}

	/** The producer an account runs, for signed-in EPCIS capture. */
	public Optional<Long> producerForAccount(long accountId) {
		return producers.findFirstByAccountId(accountId).map(Producer::id);
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
