package vn.langso.broadcast;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.DeviceView;
import vn.langso.devices.Devices;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/**
 * The radio of Bình Hòa: a morning news programme read by the speech engine, played on the commune
 * hall's cluster at 6:00 and 17:00 every day, and a first announcement on the portal for xóm 3.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class BroadcastDemoData implements DemoData {

	static final String PROGRAMME = "Bản tin thời sự của xã";

	private static final Logger log = LoggerFactory.getLogger(BroadcastDemoData.class);

	private final RadioSchedules radio;

	private final Announcements announcements;

	private final Devices devices;

	private final Areas areas;

	BroadcastDemoData(RadioSchedules radio, Announcements announcements, Devices devices, Areas areas) {
		this.radio = radio;
		this.announcements = announcements;
		this.devices = devices;
		this.areas = areas;
	}

	@Override
	public void run(ApplicationArguments args) {
		long binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		if (radio.hasProgramme(binhHoa, PROGRAMME)) {
			return;
		}
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		try {
			ProgrammeView news = radio.addSpokenProgramme(binhHoa, PROGRAMME,
					"Đài truyền thanh xã Bình Hòa xin kính chào bà con. Sau đây là bản tin thời sự của xã.");
			DeviceView hall = devices.ofKind(binhHoa, DeviceKind.LOUDSPEAKER_CLUSTER).stream()
				.filter(d -> d.code().equals("BH-UBND-LOA-01")).findFirst().orElseThrow();
			radio.schedule(binhHoa, new ScheduleForm(hall.id(), news.id(), Recurrence.DAILY, LocalTime.of(6, 0), null));
			radio.schedule(binhHoa, new ScheduleForm(hall.id(), news.id(), Recurrence.DAILY, LocalTime.of(17, 0), null));
		}
		catch (RuntimeException noSpeech) {
			log.warn("Demo radio programme not created (is espeak-ng installed?)", noSpeech);
		}
		announcements.publish(binhHoa, "Hoàng Văn Tú", new AnnouncementForm("Lịch thu gom rác thải tháng này",
				"Xe thu gom rác thải sinh hoạt đã phân loại tại nguồn đi qua các xóm vào sáng thứ Hai và thứ Năm hằng tuần.",
				Urgency.NORMAL, EnumSet.of(Channel.PORTAL, Channel.IN_APP), List.of(xom3), null, null, 168), null);
		log.info("Demo radio and announcement loaded");
	}

}
