package vn.langso.economy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * The EPCIS 2.0 repository other traceability systems talk to: capture of JSON-LD documents (checked
 * whole, stored all or nothing, answered with a capture job) and the simple event query.
 */
@Service
@Transactional(readOnly = true)
public class Epcis {

	private final ProducerRepository producers;

	private final CaptureJobRepository jobs;

	private final EpcisEventRepository events;

	private final EpcisStore store;

	private final EpcisCheck check;

	private final Clock clock;

	Epcis(ProducerRepository producers, CaptureJobRepository jobs, EpcisEventRepository events, EpcisStore store, Clock clock,
			@Value("${langso.economy.epcis.future-tolerance:PT10M}") Duration futureTolerance) {
		this.producers = producers;
		this.jobs = jobs;
		this.events = events;
		this.store = store;
		this.clock = clock;
		this.check = new EpcisCheck(clock, futureTolerance);
	}

	/** Checks and stores a captured document for a producer; a refusal stores nothing. */
	@Transactional
	public CaptureJobView capture(long producerId, String json) {
		Producer producer = producers.findById(producerId).orElseThrow(() -> new NotFoundException("producer"));
		JsonNode document;
		try {
			document = EpcisJson.read(json);
		}
		catch (JacksonException ex) {
			throw new EpcisRefused(List.of(new EpcisRefused.Problem(-1, "epcis.document.json", List.of())));
		}
		List<ParsedEvent> parsed = check.check(document);
		CaptureJob job = jobs.save(new CaptureJob(producer.id(), parsed.size(), clock.instant()));
		store.store(producer, parsed, job.id());
		job.succeeded(clock.instant());
		return job.view();
	}

	public CaptureJobView job(long producerId, long jobId) {
		return jobs.findById(jobId).filter(j -> j.producerId() == producerId).map(CaptureJob::view)
			.orElseThrow(() -> new NotFoundException("capture job " + jobId));
	}

	/** The events matching a query, newest first, as an EPCISQueryDocument. */
	public String query(EpcisQuery query) {
		Specification<EpcisEventRecord> spec = (root, q, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (query.eventTypes() != null) {
				all.add(root.get("eventType").in(query.eventTypes()));
			}
			if (query.bizSteps() != null) {
				all.add(root.get("bizStep").in(query.bizSteps().stream().map(Epcis::bizStep).toList()));
			}
			if (query.bizLocations() != null) {
				all.add(root.get("bizLocation").in(query.bizLocations().stream().map(EventHash::identifier).toList()));
			}
			if (query.fromInclusive() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("eventTime"), query.fromInclusive()));
			}
			if (query.toExclusive() != null) {
				all.add(cb.lessThan(root.get("eventTime"), query.toExclusive()));
			}
			if (query.epcs() != null) {
				Join<EpcisEventRecord, String> epc = root.join("epcs");
				List<Predicate> any = new ArrayList<>();
				for (String value : query.epcs()) {
					any.add(value.endsWith("*")
							? cb.like(epc, EventHash.identifier(value.substring(0, value.length() - 1)).replace("%", "\\%") + "%", '\\')
							: cb.equal(epc, EventHash.identifier(value)));
				}
				all.add(cb.or(any.toArray(Predicate[]::new)));
				q.distinct(true);
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		int size = Math.clamp(query.perPage(), 1, 500);
		List<EpcisEventRecord> found = events.findAll(spec, PageRequest.of(0, size, Sort.by(Sort.Direction.DESC, "eventTime")))
			.getContent();
		ObjectNode document = EpcisJson.document("EPCISQueryDocument", OffsetDateTime.now(clock).format(Traceability.EVENT_TIME));
		ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
		results.put("queryName", "SimpleEventQuery");
		ArrayNode list = results.putObject("resultsBody").putArray("eventList");
		found.forEach(r -> list.add(EpcisJson.read(r.body())));
		return document.toString();
	}

	private static String bizStep(String value) {
		return Cbv.bizStep(value).orElseThrow(() -> new InvalidInputException("epcis.event.bizStep", value));
	}

}
