package vn.langso.economy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.payment.VietQr;
import vn.langso.payment.VietQrPayload;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.VietnameseText;

/**
 * The public side: the commune's catalogue with prices and VietQR payment to the producer, buyers'
 * messages that keep the producer's phone private, and the trace page a label's QR code opens.
 */
@Service
@Transactional(readOnly = true)
public class Marketplace {

	private final ProductRepository products;

	private final ProducerRepository producers;

	private final GrowingAreaRepository areas;

	private final BatchRepository batches;

	private final InquiryRepository inquiries;

	private final Producers producerService;

	private final Traceability traceability;

	private final Areas communes;

	private final Clock clock;

	private final ReferenceCache cache;

	Marketplace(ProductRepository products, ProducerRepository producers, GrowingAreaRepository areas, BatchRepository batches,
			InquiryRepository inquiries, Producers producerService, Traceability traceability, Areas communes, Clock clock,
			TracePages tracePages) {
		this.products = products;
		this.producers = producers;
		this.areas = areas;
		this.batches = batches;
		this.inquiries = inquiries;
		this.producerService = producerService;
		this.traceability = traceability;
		this.communes = communes;
		this.clock = clock;
		this.cache = tracePages.references();
	}

	public List<ProductView> catalogue(long communeId, String query) {
		String folded = query == null || query.isBlank() ? null : VietnameseText.fold(query);
		return products.findByCommuneIdAndListedTrueOrderByName(communeId).stream()
			.map(Product::view)
			.filter(p -> folded == null || VietnameseText.fold(p.name()).contains(folded))
			.toList();
	}

	public ProductView product(long communeId, long productId) {
		return products.findById(productId).map(Product::view).filter(p -> p.communeId() == communeId)
			.orElseThrow(() -> new NotFoundException("product " + productId));
	}

	/** The product's latest lots, newest first, each leading a buyer to its public trace page. */
	public List<BatchView> latestLots(ProductView product) {
		return batches.findTop5ByProductIdOrderByCreatedAtDesc(product.id()).stream().map(b -> b.view(product.name())).toList();
	}

	public ProducerView producerOf(ProductView product) {
		return producers.findById(product.producerId()).map(Producer::view).orElseThrow();
	}

	/** The VietQR string paying the producer for a product (static: the buyer types the amount), if they take it. */
	public Optional<String> vietQr(ProductView product) {
		ProducerView producer = producerOf(product);
		if (!producer.acceptsVietQr()) {
			return Optional.empty();
		}
		String purpose = VietnameseText.fold(product.name()).toUpperCase().replaceAll("[^ -~]", "");
		purpose = purpose.length() > 25 ? purpose.substring(0, 25) : purpose;
		return Optional.of(VietQr.encode(new VietQrPayload(producer.bankBin(), producer.bankAccount(), null, purpose,
				producer.payeeName())));
	}

	@Transactional
	public void ask(long communeId, long productId, InquiryForm form) {
		ProductView product = product(communeId, productId);
		inquiries.save(new Inquiry(communeId, product.producerId(), productId, form, clock.instant()));
	}

	public List<InquiryView> inquiriesFor(CurrentUser user) {
		return inquiries.findTop20ByProducerIdOrderByCreatedAtDesc(producerService.of(user).id()).stream()
			.map(Inquiry::view).toList();
	}

	/**
	 * The public trace page of a batch, found by its Digital Link. The batch and its journey are read each
	 * time; product, producer, commune and growing area come from a one-minute cache.
	 */
	public TraceView trace(DigitalLink link) {
		Batch batch = batches.findByGtinAndLot(link.gtin(), link.lot())
			.orElseThrow(() -> new NotFoundException("batch " + link.path()));
		ProductView product = cache.get("product:" + batch.productId(), () -> products.findById(batch.productId()).orElseThrow().view());
		ProducerView producer = cache.get("producer:" + batch.producerId(),
				() -> producers.findById(batch.producerId()).orElseThrow().view());
		AreaView commune = cache.get("commune:" + batch.communeId(), () -> communes.commune(batch.communeId()));
		String village = producer.villageId() == null ? null
				: cache.get("village:" + producer.villageId(), () -> communes.byId(producer.villageId()).map(AreaView::name).orElse(""));
		GrowingAreaView area = batch.growingAreaId() == null ? null
				: cache.get("area:" + batch.growingAreaId(), () -> areas.findById(batch.growingAreaId()).map(GrowingArea::view).orElse(null));
		return new TraceView(batch.view(product.name()), product, producer, commune.name(), commune.slug(), village, area,
				traceability.journey(batch.id()), link.path());
	}

}
