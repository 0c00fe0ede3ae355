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
 * whole, stored all or nothing, answered with a capture job); queries are {@link EpcisQueries}.
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

	/** The producer's capture jobs, newest first. */
	public List<CaptureJobView> jobs(long producerId) {
		return jobs.findTop100ByProducerIdOrderByIdDesc(producerId).stream().map(CaptureJob::view).toList();
	}

}
