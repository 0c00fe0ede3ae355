package vn.langso.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.devices.CommandType;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.DeviceView;
import vn.langso.devices.Devices;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * The radio's programme library and its schedules per loudspeaker cluster: kept, drawn as a calendar,
 * and played when due, except on clusters whose village is under an emergency alert.
 */
@Service
public class RadioSchedules {

	private static final Logger log = LoggerFactory.getLogger(RadioSchedules.class);

	private final ProgrammeRepository programmes;

	private final RadioScheduleRepository schedules;

	private final AudioFiles audio;

	private final SpeechSynthesizer speech;

	private final Devices devices;

	private final Announcements announcements;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RadioSchedules(ProgrammeRepository programmes, RadioScheduleRepository schedules, AudioFiles audio,
			SpeechSynthesizer speech, Devices devices, Announcements announcements, PlatformTransactionManager transactions,
			Clock clock) {
		this.programmes = programmes;
		this.schedules = schedules;
		this.audio = audio;
		this.speech = speech;
		this.devices = devices;
		this.announcements = announcements;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Adds uploaded audio to the library; anything that is not audio is refused. */
	@Transactional
	public ProgrammeView addProgramme(long communeId, String title, byte[] audioBytes) {
		String file = audio.store(audioBytes);
		return programmes.save(new Programme(communeId, title.strip(), file, audio.durationSeconds(file), clock.instant())).view();
	}

	/** Adds a programme read aloud from text by the speech synthesiser. */
	@Transactional
	public ProgrammeView addSpokenProgramme(long communeId, String title, String text) {
		return addProgramme(communeId, title, speech.speak(text));
	}

	@Transactional(readOnly = true)
	public List<ProgrammeView> library(long communeId) {
		return programmes.findByCommuneIdOrderByTitle(communeId).stream().map(Programme::view).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasProgramme(long communeId, String title) {
		return programmes.existsByCommuneIdAndTitle(communeId, title);
	}

	@Transactional
	public ScheduleView schedule(long communeId, ScheduleForm form) {
		DeviceView cluster = devices.device(communeId, form.deviceId());
		if (cluster.kind() != DeviceKind.LOUDSPEAKER_CLUSTER) {
			throw new InvalidInputException("broadcast.error.notACluster");
		}
		Programme programme = programmes.findById(form.programmeId()).filter(p -> p.communeId() == communeId)
			.orElseThrow(() -> new InvalidInputException("broadcast.error.programme"));
		if (form.recurrence() == Recurrence.ONCE) {
			if (form.onDate() == null) {
				throw new InvalidInputException("broadcast.error.dateRequired");
			}
			if (form.onDate().atTime(form.playAt()).atZone(RadioSchedule.zone()).toInstant().isBefore(clock.instant())) {
				throw new InvalidInputException("broadcast.error.scheduleInPast");
			}
		}
		RadioSchedule saved = schedules.save(new RadioSchedule(communeId, cluster.id(), programme.id(), form.recurrence(),
				form.playAt(), form.onDate()));
		return saved.view(programme.title(), cluster.name());
	}

	@Transactional
	public void cancel(long communeId, long scheduleId) {
		schedules.findById(scheduleId).filter(s -> s.communeId() == communeId)
			.orElseThrow(() -> new NotFoundException("schedule " + scheduleId)).cancel();
	}

	@Transactional(readOnly = true)
	public List<ScheduleView> active(long communeId) {
		List<RadioSchedule> list = schedules.findByCommuneIdAndActiveTrueOrderByPlayAt(communeId);
		return views(communeId, list);
	}

	/** Seven days from {@code from}, each with its programmes in time order. */
	@Transactional(readOnly = true)
	public List<CalendarDay> week(long communeId, LocalDate from) {
		List<ScheduleView> all = active(communeId);
		List<CalendarDay> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = from.plusDays(i);
			days.add(new CalendarDay(day, all.stream()
				.filter(s -> s.recurrence() == Recurrence.DAILY || day.equals(s.onDate()))
				.sorted(Comparator.comparing(ScheduleView::playAt).thenComparing(ScheduleView::deviceName))
				.toList()));
		}
		return days;
	}

	/** Plays what is due at {@code now}; returns how many programmes were sent to clusters. */
	public int runDue(ZonedDateTime now) {
		Instant instant = now.toInstant();
		List<RadioSchedule> due = transaction.execute(status -> {
			List<RadioSchedule> list = schedules.findByActiveTrue().stream().filter(s -> s.dueAt(now)).toList();
			list.forEach(s -> s.ran(instant));
			return list;
		});
		int played = 0;
		for (RadioSchedule slot : due) {
			try {
				DeviceView cluster = devices.device(slot.communeId(), slot.deviceId());
				Set<Long> emergency = announcements.villagesUnderEmergency(slot.communeId());
				if (emergency.contains(cluster.villageId())) {
					log.info("Schedule {} skipped: emergency alert in force on {}", slot.id(), cluster.code());
					continue;
				}
				Programme programme = programmes.findById(slot.programmeId()).orElseThrow();
				Map<String, Object> args = new LinkedHashMap<>();
				args.put("url", audio.url(programme.audioFile()));
				args.put("title", programme.title());
				if (programme.durationSeconds() != null) {
					args.put("durationSeconds", programme.durationSeconds());
				}
				devices.send(slot.communeId(), List.of(slot.deviceId()), CommandType.PLAY, args, "schedule:" + slot.id(), false);
				played++;
			}
			catch (RuntimeException failure) {
				log.error("Schedule {} could not play", slot.id(), failure);
			}
		}
		return played;
	}

	private List<ScheduleView> views(long communeId, List<RadioSchedule> list) {
		Map<Long, String> titles = programmes.findAllById(list.stream().map(RadioSchedule::programmeId).distinct().toList())
			.stream().collect(Collectors.toMap(Programme::id, Programme::title));
		Map<Long, String> names = devices.ofKind(communeId, DeviceKind.LOUDSPEAKER_CLUSTER).stream()
			.collect(Collectors.toMap(DeviceView::id, DeviceView::name, (a, b) -> a));
		return list.stream().map(s -> s.view(titles.get(s.programmeId()), names.get(s.deviceId()))).toList();
	}

}
