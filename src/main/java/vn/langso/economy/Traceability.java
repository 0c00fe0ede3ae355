package vn.langso.economy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * A producer's batches and their life as EPCIS 2.0 events: each step typed on a phone becomes one event
 * with CBV business step and disposition, its hash as event ID, checked and stored in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class Traceability {

	static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private final Producers producers;

	private final ProductRepository products;

	private final GrowingAreaRepository areas;

	private final BatchRepository batches;

	private final EpcisEventRepository events;

	private final EpcisStore store;

	private final EpcisCheck check;

	private final Clock clock;

	Traceability(Producers producers, ProductRepository products, GrowingAreaRepository areas, BatchRepository batches,
			EpcisEventRepository events, EpcisStore store, Clock clock,
			@Value("${langso.economy.epcis.future-tolerance:PT10M}") Duration futureTolerance) {
		this.producers = producers;
		this.products = products;
		this.areas = areas;
		this.batches = batches;
		this.events = events;
		this.store = store;
		this.clock = clock;
		this.check = new EpcisCheck(clock, futureTolerance);
	}

	@Transactional
	public BatchView createBatch(CurrentUser user, BatchForm form) {
		return createBatch(producers.of(user), form);
	}

	@Transactional
	BatchView createBatch(Producer producer, BatchForm form) {
		Product product = products.findById(form.productId())
			.filter(p -> p.producerId() == producer.id())
			.orElseThrow(() -> new NotFoundException("product " + form.productId()));
		if (form.growingAreaId() != null) {
			GrowingArea area = areas.findById(form.growingAreaId())
				.orElseThrow(() -> new InvalidInputException("economy.growingArea.unknown", form.growingAreaId()));
			if (area.producerId() != producer.id()) {
				throw new InvalidInputException("economy.growingArea.notYours", area.code());
			}
		}
		String lot = form.lot() == null || form.lot().isBlank() ? nextLot(producer, product) : form.lot().toUpperCase();
		if (batches.findByGtinAndLot(product.gtin(), lot).isPresent()) {
			throw new InvalidInputException("economy.batch.lotTaken", lot);
		}
		String uom = "kg".equals(product.unit()) ? "KGM" : "H87";
		Batch batch = batches.save(new Batch(producer.communeId(), producer.id(), product.id(), form.growingAreaId(),
				product.gtin(), lot, form.quantity(), uom, clock.instant()));
		return batch.view(product.view().name());
	}

	private String nextLot(Producer producer, Product product) {
		String day = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyMMdd"));
		long sequence = batches.countByProducerIdAndProductId(producer.id(), product.id()) + 1;
		String lot = "L" + day + "-" + sequence;
		while (batches.findByGtinAndLot(product.gtin(), lot).isPresent()) {
			lot = "L" + day + "-" + ++sequence;
		}
		return lot;
	}

	@Transactional
	public JourneyStep recordStep(CurrentUser user, long batchId, StepForm form) {
		return recordStep(producers.of(user), batchId, form);
	}

	@Transactional
	JourneyStep recordStep(Producer producer, long batchId, StepForm form) {
		Batch batch = ownBatch(producer, batchId);
		ObjectNode event = event(producer, batch, form);
		ParsedEvent parsed;
		try {
			List<EpcisRefused.Problem> problems = new ArrayList<>();
			parsed = check.event(0, event, EpcisJson.ownNamespaces(), problems);
			if (!problems.isEmpty()) {
				throw new EpcisRefused(problems);
			}
			store.store(producer, List.of(parsed), null);
		}
		catch (EpcisRefused refused) {
			throw EpcisCheck.first(refused);
		}
		batch.recorded(form.step(), form.quantity());
		return journeyStep(events.findByEventIdIn(List.of(parsed.eventId())).getFirst());
	}

	private ObjectNode event(Producer producer, Batch batch, StepForm form) {
		ZoneId zone = clock.getZone();
		LocalDateTime at = form.at() == null ? LocalDateTime.now(clock) : form.at();
		OffsetDateTime time = at.atZone(zone).toOffsetDateTime();
		DigitalLink link = batch.link();
		BatchStep step = form.step();
		ObjectNode event = EpcisJson.MAPPER.createObjectNode();
		event.put("type", step.eventType());
		event.put("eventTime", time.format(EVENT_TIME));
		event.put("eventTimeZoneOffset", time.getOffset().getId().equals("Z") ? "+00:00" : time.getOffset().getId());
		BigDecimal quantity = form.quantity();
		switch (step.eventType()) {
			case "TransformationEvent" -> {
				quantities(event.putArray("inputQuantityList"), link, quantity, batch.uom());
				quantities(event.putArray("outputQuantityList"), link, quantity, batch.uom());
			}
			case "AggregationEvent" -> {
				event.put("parentID", Identifiers.carton(batch.id(), events.findByBatchIdOrderByEventTimeAsc(batch.id()).size() + 1));
				quantities(event.putArray("childQuantityList"), link, quantity, batch.uom());
				event.put("action", step.action());
			}
			default -> {
				quantities(event.putArray("quantityList"), link, quantity, batch.uom());
				event.put("action", step.action());
			}
		}
		event.put("bizStep", step.bizStep());
		event.put("disposition", step.disposition());
		String place = (step == BatchStep.PLANTING || step == BatchStep.HARVEST) && batch.growingAreaId() != null
				? Identifiers.growingArea(areas.findById(batch.growingAreaId()).orElseThrow().code())
				: Identifiers.site(producer.id());
		event.putObject("readPoint").put("id", place);
		event.putObject("bizLocation").put("id", place);
		if (form.note() != null && !form.note().isBlank()) {
			event.put(EpcisJson.LANGSO_PREFIX + ":note", form.note().strip());
		}
		event.put("eventID", EventHash.of(event, EpcisJson.ownNamespaces()));
		return event;
	}

	private static void quantities(ArrayNode list, DigitalLink link, BigDecimal quantity, String uom) {
		ObjectNode element = list.addObject();
		element.put("epcClass", link.canonical());
		element.put("quantity", quantity == null ? BigDecimal.ONE : quantity);
		element.put("uom", uom);
	}

	public List<BatchView> batchesOf(CurrentUser user) {
		Producer producer = producers.of(user);
		return batches.findTop50ByProducerIdOrderByCreatedAtDesc(producer.id()).stream()
			.map(b -> b.view(products.findById(b.productId()).map(p -> p.view().name()).orElse("")))
			.toList();
	}

	public BatchView batch(CurrentUser user, long batchId) {
		Batch batch = ownBatch(producers.of(user), batchId);
		return batch.view(products.findById(batch.productId()).orElseThrow().view().name());
	}

	public List<JourneyStep> journey(long batchId) {
		return events.findByBatchIdOrderByEventTimeAsc(batchId).stream().map(Traceability::journeyStep).toList();
	}

	/** The batch's events as one EPCIS 2.0 document (JSON-LD), as other systems receive it. */
	public String document(CurrentUser user, long batchId) {
		Batch batch = ownBatch(producers.of(user), batchId);
		return documentOf(events.findByBatchIdOrderByEventTimeAsc(batch.id()), clock);
	}

	static String documentOf(List<EpcisEventRecord> records, Clock clock) {
		ObjectNode document = EpcisJson.document("EPCISDocument", OffsetDateTime.now(clock).format(EVENT_TIME));
		ArrayNode list = document.putObject("epcisBody").putArray("eventList");
		records.forEach(r -> list.add(EpcisJson.read(r.body())));
		return document.toString();
	}

	private Batch ownBatch(Producer producer, long batchId) {
		return batches.findById(batchId)
			.filter(b -> b.producerId() == producer.id())
			.orElseThrow(() -> new NotFoundException("batch " + batchId));
	}

	static JourneyStep journeyStep(EpcisEventRecord record) {
		JsonNode body = EpcisJson.read(record.body());
		JsonNode quantity = body.path("quantityList").path(0);
		if (quantity.isMissingNode()) {
			quantity = body.path("childQuantityList").path(0);
		}
		if (quantity.isMissingNode()) {
			quantity = body.path("outputQuantityList").path(0);
		}
		String location = record.bizLocation();
		String place = Identifiers.growingAreaCode(location)
			.orElse(location != null && location.startsWith(Identifiers.BASE + "/co-so/") ? "site" : location);
		return new JourneyStep(BatchStep.of(record.eventType(), record.bizStep()).orElse(null), record.eventType(),
				record.bizStep(), OffsetDateTime.parse(body.path("eventTime").asString()), place,
				quantity.has("quantity") ? new BigDecimal(quantity.get("quantity").asString()) : null,
				quantity.path("uom").asString(null), body.path(EpcisJson.LANGSO_PREFIX + ":note").asString(null),
				record.eventId());
	}

}
