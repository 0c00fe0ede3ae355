package vn.langso.economy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Stores checked events for one producer, all or nothing: events that name another producer's product
 * (by GTIN) or growing area are refused; events about one of the producer's own batches are linked to it
 * so that they appear on its trace page. Runs inside the caller's transaction.
 */
@Component
class EpcisStore {

	private final EpcisEventRepository events;

	private final ProductRepository products;

	private final GrowingAreaRepository areas;

	private final BatchRepository batches;

	private final Clock clock;

	private final TracePages tracePages;

	EpcisStore(EpcisEventRepository events, ProductRepository products, GrowingAreaRepository areas, BatchRepository batches,
			Clock clock, TracePages tracePages) {
		this.tracePages = tracePages;
		this.events = events;
		this.products = products;
		this.areas = areas;
		this.batches = batches;
		this.clock = clock;
	}

	/** Refuses the whole list if any event claims what is not the producer's; returns how many were new. */
	int store(Producer producer, List<ParsedEvent> parsed, Long captureJobId) {
		List<EpcisRefused.Problem> problems = new ArrayList<>();
		List<Long> batchIds = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			batchIds.add(ownership(producer, i, parsed.get(i), problems));
		}
		if (!problems.isEmpty()) {
			throw new EpcisRefused(problems);
		}
		int stored = 0;
		for (int i = 0; i < parsed.size(); i++) {
			ParsedEvent event = parsed.get(i);
			if (events.existsByEventId(event.eventId())) {
				continue; // the hash identifies the event: capturing it twice changes nothing
			}
			events.save(new EpcisEventRecord(producer.communeId(), producer.id(), batchIds.get(i), captureJobId, event,
					clock.instant()));
			stored++;
			if (batchIds.get(i) != null) {
				tracePages.batchChanged(batchIds.get(i));
			}
		}
		return stored;
	}

	private Long ownership(Producer producer, int index, ParsedEvent event, List<EpcisRefused.Problem> problems) {
		Long batchId = null;
		for (String epc : event.epcs()) {
			if (!epc.startsWith(DigitalLink.CANONICAL_HOST + "/01/")) {
				continue;
			}
			String gtin = epc.substring((DigitalLink.CANONICAL_HOST + "/01/").length()).substring(0, 14);
			Optional<Product> product = products.findByGtin(gtin);
			if (product.isPresent() && product.get().producerId() != producer.id()) {
				problems.add(new EpcisRefused.Problem(index, "epcis.event.gtinNotYours", List.of(gtin)));
				continue;
			}
			if (batchId == null) {
				batchId = DigitalLink.batchLink(epc)
					.flatMap(link -> batches.findByGtinAndLot(link.gtin(), link.lot()))
					.filter(b -> b.producerId() == producer.id())
					.map(Batch::id)
					.orElse(null);
			}
		}
		for (String location : new String[] { event.bizLocation(), event.readPoint() }) {
			Identifiers.growingAreaCode(location).ifPresent(code -> {
				Optional<GrowingArea> area = areas.findByCode(code);
				if (area.isEmpty()) {
					problems.add(new EpcisRefused.Problem(index, "economy.growingArea.unknown", List.of(code)));
				}
				else if (area.get().producerId() != producer.id()) {
					problems.add(new EpcisRefused.Problem(index, "economy.growingArea.notYours", List.of(code)));
				}
			});
		}
		return batchId;
	}

}
