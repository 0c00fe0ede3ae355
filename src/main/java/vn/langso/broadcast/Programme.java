package vn.langso.broadcast;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme of the library: checked audio the loudspeakers can play. */
@Entity
@Table(name = "broadcast_programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private String title;

	private String audioFile;

	private Integer durationSeconds;

	private Instant createdAt;

	protected Programme() {
	}

	Programme(long communeId, String title, String audioFile, Integer durationSeconds, Instant createdAt) {
		this.communeId = communeId;
		this.title = title;
		this.audioFile = audioFile;
		this.durationSeconds = durationSeconds;
		this.createdAt = createdAt;
	}

	ProgrammeView view() {
		return new ProgrammeView(id, title, audioFile, durationSeconds, createdAt);
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

	String audioFile() {
		return audioFile;
	}

	Integer durationSeconds() {
		return durationSeconds;
	}

}
