package vn.langso.broadcast;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An announcement: written once, scheduled or published at once, then delivered to its channels. */
@Entity
@Table(name = "broadcast_announcement")
class Announcement {

	enum Status { SCHEDULED, PUBLISHED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private String channels;

	private String villageIds;

	private String audioFile;

	private String audioSource;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant scheduledAt;

	private Instant publishedAt;

	private Instant expiresAt;

	private String capEvent;

	private String author;

	private Instant createdAt;

	protected Announcement() {
	}

	Announcement(long communeId, AnnouncementForm form, String author, Instant now, Instant scheduledAt) {
		this.communeId = communeId;
		this.title = form.title().strip();
		this.body = form.body().strip();
		this.urgency = form.urgency();
		this.channels = form.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.villageIds = form.villageIds().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
		this.author = author;
		this.createdAt = now;
		this.scheduledAt = scheduledAt;
		this.status = Status.SCHEDULED;
		this.capEvent = form.urgency() == Urgency.EMERGENCY ? blankToNull(form.capEvent()) : null;
		int hours = form.validHours() == null ? 24 : form.validHours();
		this.expiresAt = (scheduledAt == null ? now : scheduledAt).plusSeconds(hours * 3600L);
	}

	void audio(String file, String source) {
		this.audioFile = file;
		this.audioSource = source;
	}

	boolean dueAt(Instant now) {
		return status == Status.SCHEDULED && (scheduledAt == null || !scheduledAt.isAfter(now));
	}

	void published(Instant now) {
		status = Status.PUBLISHED;
		publishedAt = now;
	}

	Set<Channel> channelSet() {
		return channels.isEmpty() ? EnumSet.noneOf(Channel.class)
				: Arrays.stream(channels.split(",")).map(Channel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
	}

	List<Long> villageList() {
		return villageIds.isEmpty() ? List.of() : Arrays.stream(villageIds.split(",")).map(Long::valueOf).toList();
	}

	AnnouncementView view() {
		return new AnnouncementView(id, communeId, title, body, urgency, channelSet(), villageList(), audioFile, audioSource,
				status == Status.PUBLISHED, scheduledAt, publishedAt, expiresAt, capEvent, author, createdAt);
	}

	String reference() {
		return "announcement:" + id;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	Urgency urgency() {
		return urgency;
	}

	String audioFile() {
		return audioFile;
	}

	Instant expiresAt() {
		return expiresAt;
	}

}
