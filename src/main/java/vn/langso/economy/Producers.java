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

	private final vn.langso.identity.Areas communes;

	private final java.time.Clock clock;

	Producers(ProducerRepository producers, ProductRepository products, GrowingAreaRepository areas,
			vn.langso.identity.Areas communes, java.time.Clock clock) {
		this.communes = communes;
		this.clock = clock;
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

	/** The commune's producers for its staff: contact phone, counts of products and growing areas. */
	public List<ProducerRegistryView> registryOf(long communeId) {
		return producers.findByCommuneIdOrderByName(communeId).stream()
			.map(p -> new ProducerRegistryView(p.view(), p.contactPhone(), products.countByProducerId(p.id()),
					areas.countByProducerId(p.id()), p.accountId() != null))
			.toList();
	}

	/** A producer of the commune, for its public profile page. */
	public ProducerView ofCommune(long communeId, long producerId) {
		return producers.findById(producerId).filter(p -> p.communeId() == communeId).map(Producer::view)
			.orElseThrow(() -> new vn.langso.shared.NotFoundException("producer " + producerId));
	}

	/** Staff register a producer of one of the commune's villages; one transaction, a refusal names its field. */
	@Transactional
	public ProducerView register(CurrentUser staff, long communeId, ProducerRegistrationForm form) {
		if (!communes.isVillageOf(form.villageId(), communeId)) {
			throw new FieldRefused("villageId", "economy.paymentPoint.village");
		}
		String phone;
		try {
			phone = vn.langso.shared.PhoneNumber.parse(form.phone()).value();
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRefused("phone", "economy.producer.phone");
		}
		boolean anyBank = !blank(form.bankBin()) || !blank(form.bankAccount()) || !blank(form.payeeName());
		boolean allBank = !blank(form.bankBin()) && !blank(form.bankAccount()) && !blank(form.payeeName());
		if (anyBank && !allBank) {
			throw new FieldRefused("bankAccount", "economy.producer.bankIncomplete");
		}
		String shops = ProducerCatalog.shopLinks(form.shopLinks());
		String name = form.name().strip();
		Producer producer = new Producer(communeId, form.villageId(), null, form.kind(), name,
				blank(form.description()) ? null : form.description().strip(), clock.instant())
			.registered(phone, blank(form.gs1Prefix()) ? null : form.gs1Prefix(), staff.accountId())
			.withShopLinks(shops);
		if (allBank) {
			producer.paidTo(form.bankBin(), form.bankAccount(), form.payeeName().strip().toUpperCase(java.util.Locale.ROOT));
		}
		return producers.save(producer).view();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
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
