package vn.langso.economy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One stored EPCIS event: its JSON as captured or produced, and the columns the queries filter on. */
@Entity
@Table(name = "economy_epcis_event")
class EpcisEventRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long producerId;

	private Long batchId;

	private Long captureJobId;

	private String eventId;

	private String eventType;

	private String action;

	private String bizStep;

	private String disposition;

	private Instant eventTime;

	private String eventTimeZoneOffset;

	private Instant recordTime;

	private String bizLocation;

	private String readPoint;

	private String body;

	@ElementCollection
	@CollectionTable(name = "economy_epcis_event_epc", joinColumns = @JoinColumn(name = "event_row_id"))
	@Column(name = "epc")
	private Set<String> epcs = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "economy_epcis_event_key", joinColumns = @JoinColumn(name = "event_row_id"))
	@Column(name = "match_key")
	private Set<String> keys = new LinkedHashSet<>();

	protected EpcisEventRecord() {
	}

	EpcisEventRecord(long communeId, long producerId, Long batchId, Long captureJobId, ParsedEvent event, Instant recordTime) {
		this.communeId = communeId;
		this.producerId = producerId;
		this.batchId = batchId;
		this.captureJobId = captureJobId;
		this.eventId = event.eventId();
		this.eventType = event.type();
		this.action = event.action();
		this.bizStep = event.bizStep();
		this.disposition = event.disposition();
		this.eventTime = event.eventTime();
		this.eventTimeZoneOffset = event.timeZoneOffset();
		this.recordTime = recordTime;
		this.bizLocation = event.bizLocation();
		this.readPoint = event.readPoint();
		this.body = event.json();
		this.epcs.addAll(event.epcs());
		this.keys.addAll(event.keys());
	}

	String body() {
		return body;
	}

	Instant recordTime() {
		return recordTime;
	}

	String eventType() {
		return eventType;
	}

	String bizStep() {
		return bizStep;
	}

	String disposition() {
		return disposition;
	}

	Instant eventTime() {
		return eventTime;
	}

	String bizLocation() {
		return bizLocation;
	}

	String eventId() {
		return eventId;
	}

	Long id() {
		return id;
	}

	String readPoint() {
		return readPoint;
	}

	Set<String> epcs() {
		return epcs;
	}

	Set<String> keys() {
		return keys;
	}

	/** Fills the role keys of an event stored before they were kept (see {@link EventKeysBackfill}). */
	void indexKeys() {
		keys.addAll(EventKeys.of(EpcisJson.read(body)));
	}

}
