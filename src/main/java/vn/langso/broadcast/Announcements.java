package vn.langso.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.identity.Areas;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * Announcements: checked and saved in one transaction (with their audio), then delivered to every
 * channel chosen, at once or when their time comes. Delivery never undoes the announcement: a channel
 * that fails is recorded as such.
 */
@Service
public class Announcements {

	private static final Logger log = LoggerFactory.getLogger(Announcements.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AnnouncementRepository announcements;

	private final Areas areas;

	private final AudioFiles audio;

	private final SpeechSynthesizer speech;

	private final AnnouncementDelivery delivery;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Announcements(AnnouncementRepository announcements, Areas areas, AudioFiles audio, SpeechSynthesizer speech,
			AnnouncementDelivery delivery, PlatformTransactionManager transactions, Clock clock) {
		this.announcements = announcements;
		this.areas = areas;
		this.audio = audio;
		this.speech = speech;
		this.delivery = delivery;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Saves an announcement and, unless it is scheduled for later, delivers it. Loudspeakers get the
	 * uploaded audio, or else the text read by the speech synthesiser.
	 */
	public AnnouncementView publish(long communeId, String author, AnnouncementForm form, byte[] uploadedAudio) {
		for (Long village : form.villageIds()) {
			if (village == null || !areas.isVillageOf(village, communeId)) {
				throw new InvalidInputException("broadcast.error.village");
			}
		}
		Instant now = clock.instant();
		Instant scheduledAt = form.scheduledAt() == null ? null : form.scheduledAt().atZone(ZONE).toInstant();
		if (scheduledAt != null && scheduledAt.isBefore(now.minusSeconds(60))) {
			throw new InvalidInputException("broadcast.error.scheduleInPast");
		}
		String audioFile = null;
		String source = null;
		if (uploadedAudio != null && uploadedAudio.length > 0) {
			audioFile = audio.store(uploadedAudio);
			source = "UPLOAD";
		}
		else if (form.channels().contains(Channel.LOUDSPEAKER)) {
			audioFile = synthesise(form.title() + ". " + form.body());
			source = audioFile == null ? null : "TTS";
		}
		String file = audioFile;
		String audioSource = source;
		Announcement saved = transaction.execute(status -> {
			Announcement announcement = new Announcement(communeId, form, author, now, scheduledAt);
			announcement.audio(file, audioSource);
			return announcements.save(announcement);
		});
		if (saved.dueAt(now)) {
			delivery.deliver(saved.id());
		}
		return view(communeId, saved.id());
	}

	private String synthesise(String text) {
		try {
			return audio.store(speech.speak(text));
		}
		catch (RuntimeException failed) {
			log.error("Text-to-speech failed, loudspeakers will be skipped", failed);
			return null;
		}
	}

	/** Delivers the scheduled announcements whose time has come; returns how many. */
	public int deliverDue() {
		Instant now = clock.instant();
		List<Long> due = transaction.execute(status -> announcements.findByStatus(Announcement.Status.SCHEDULED).stream()
			.filter(a -> a.dueAt(now)).map(Announcement::id).toList());
		due.forEach(delivery::deliver);
		return due.size();
	}

	@Transactional(readOnly = true)
	public AnnouncementView view(long communeId, long id) {
		return announcements.findById(id).filter(a -> a.communeId() == communeId).map(Announcement::view)
			.orElseThrow(() -> new NotFoundException("announcement " + id));
	}

	@Transactional(readOnly = true)
	public List<AnnouncementView> recent(long communeId, int limit) {
		return announcements.findByCommuneIdOrderByCreatedAtDesc(communeId, PageRequest.of(0, limit)).stream()
			.map(Announcement::view).toList();
	}

	/** Published announcements on the given channel, newest first. */
	@Transactional(readOnly = true)
	public List<AnnouncementView> published(long communeId, Channel channel, int limit) {
		return announcements.findByCommuneIdAndStatusOrderByPublishedAtDesc(communeId, Announcement.Status.PUBLISHED,
				PageRequest.of(0, limit * 4)).stream()
			.map(Announcement::view).filter(a -> a.channels().contains(channel)).limit(limit).toList();
	}

	/** In-app notifications of a resident: announcements on that channel for their village. */
	@Transactional(readOnly = true)
	public List<AnnouncementView> inAppFor(long communeId, Long villageId, int limit) {
		return announcements.findByCommuneIdAndStatusOrderByPublishedAtDesc(communeId, Announcement.Status.PUBLISHED,
				PageRequest.of(0, limit * 4)).stream()
			.map(Announcement::view)
			.filter(a -> a.channels().contains(Channel.IN_APP) && villageId != null && a.villageIds().contains(villageId))
			.limit(limit).toList();
	}

	/** Emergencies still in force, every commune: the CAP feed. */
	@Transactional(readOnly = true)
	public List<AnnouncementView> activeEmergencies() {
		return announcements.findByStatusAndUrgencyAndExpiresAtAfterOrderByPublishedAtDesc(Announcement.Status.PUBLISHED,
				Urgency.EMERGENCY, clock.instant()).stream().map(Announcement::view).toList();
	}

	/** A published emergency, in force or not (old alerts stay resolvable by their URL). */
	@Transactional(readOnly = true)
	public java.util.Optional<AnnouncementView> emergency(long id) {
		return announcements.findById(id).map(Announcement::view).filter(a -> a.emergency() && a.published());
	}

	/** For the playback of scheduled programmes: villages where an emergency is in force right now. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> villagesUnderEmergency(long communeId) {
		return activeEmergencies().stream().filter(a -> a.communeId() == communeId)
			.flatMap(a -> a.villageIds().stream()).collect(java.util.stream.Collectors.toSet());
	}

	public Reach reach(long communeId, long id) {
		return delivery.reach(view(communeId, id));
	}

}
