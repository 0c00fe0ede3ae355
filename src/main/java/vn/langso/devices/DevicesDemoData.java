package vn.langso.devices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/**
 * The seeds' devices: Bình Hòa's smart radio of 25 clusters (4 per xóm plus the commune hall), the
 * LED board and 16 cameras of xóm 3's cultural house, its free Wi-Fi and street lights; Quang Trung's
 * 12 cameras residents may watch; Hòa Thịnh's 3 Wi-Fi points and lights. The demo secrets go to a CSV
 * in the data folder so the simulator can bring the demo to life.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class DevicesDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DevicesDemoData.class);

	private final Areas areas;

	private final Devices devices;

	private final LightSchedules lights;

	private final DeviceRepository repository;

	private final String credentialsFile;

	private final List<String> credentials = new ArrayList<>();

	DevicesDemoData(Areas areas, Devices devices, LightSchedules lights, DeviceRepository repository,
			@Value("${langso.devices.demo-credentials-file:}") String credentialsFile) {
		this.areas = areas;
		this.devices = devices;
		this.lights = lights;
		this.repository = repository;
		this.credentialsFile = credentialsFile;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (repository.existsByCode("BH-X3-LOA-01")) {
			return;
		}
		long binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		List<AreaView> xom = areas.childrenOf(binhHoa).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
		double lat = 20.2710;
		double lon = 106.4830;
		add(binhHoa, xom.get(2).id(), DeviceForm.of("BH-UBND-LOA-01", DeviceKind.LOUDSPEAKER_CLUSTER, "Cụm loa trụ sở UBND xã", 60)
			.at(lat, lon).madeBy("Cụm thu phát IP QV-4G", "2.3.1", "Đài truyền thanh xã"));
		for (int v = 0; v < xom.size(); v++) {
			for (int i = 1; i <= 4; i++) {
				String code = "BH-X" + (v + 1) + "-LOA-0" + i;
				add(binhHoa, xom.get(v).id(), DeviceForm.of(code, DeviceKind.LOUDSPEAKER_CLUSTER,
						"Cụm loa " + i + " — " + xom.get(v).name(), 60)
					.at(lat + 0.004 * (v - 2) + 0.0012 * i, lon - 0.003 * (v - 2) + 0.001 * i)
					.madeBy("Cụm thu phát IP QV-4G", "2.3.1", "Công ty CP Điện tử viễn thông Quang Vinh"));
			}
		}
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		add(binhHoa, xom3, DeviceForm.of("BH-X3-LED-01", DeviceKind.LED_BOARD, "Màn hình LED nhà văn hóa xóm 3", 60)
			.at(lat + 0.0005, lon + 0.0005).madeBy("LED P4 ngoài trời 3×2 m", "1.8", "Tổ công nghệ số xóm 3").showingCameras());
		for (int i = 1; i <= 16; i++) {
			add(binhHoa, xom3, DeviceForm.of(String.format("BH-X3-CAM-%02d", i), DeviceKind.CAMERA, "Camera an ninh xóm 3 số " + i, 120)
				.at(lat + 0.0007 * Math.sin(i), lon + 0.0009 * Math.cos(i)).madeBy("IP camera 2MP", "5.7.3", "Công an xã")
				.camera("/hls/bh-x3-cam-" + i + "/index.m3u8", false));
		}
		add(binhHoa, xom3, DeviceForm.of("BH-X3-WIFI-01", DeviceKind.WIFI_POINT, "Wi-Fi miễn phí nhà văn hóa xóm 3", 300)
			.at(lat + 0.0004, lon + 0.0006).madeBy("Điểm phát Wi-Fi ngoài trời", "7.1", "VNPT"));
		for (int i = 1; i <= 6; i++) {
			long id = add(binhHoa, xom3, DeviceForm.of("BH-X3-DEN-0" + i, DeviceKind.STREET_LIGHT, "Đèn năng lượng mặt trời xóm 3 số " + i, 300)
				.at(lat - 0.001 * i, lon + 0.0008 * i).madeBy("Bộ điều khiển đèn NLMT", "1.2", "Đoàn thanh niên xóm 3"));
			lights.set(binhHoa, id, LocalTime.of(18, 0), LocalTime.of(5, 30));
		}
		quangTrung();
		hoaThinh();
		writeCredentials();
		log.info("Demo devices loaded: {}", credentials.size());
	}

	private void quangTrung() {
		long commune = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.HOANG_DONG_QUANG_TRUNG).orElseThrow().id();
		for (int i = 1; i <= 12; i++) {
			add(commune, village, DeviceForm.of(String.format("QT-CAM-%02d", i), DeviceKind.CAMERA,
					"Camera thôn Quang Trung số " + i, 120)
				.at(19.8530 + 0.0008 * i, 105.8620 - 0.0005 * i).madeBy("IP camera 2MP", "5.7.3", "Thôn Quang Trung")
				.camera("/hls/qt-cam-" + i + "/index.m3u8", i <= 10));
		}
	}

	private void hoaThinh() {
		long commune = areas.byCode(DemoAreaCodes.THIEN_LOC).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.THIEN_LOC_HOA_THINH).orElseThrow().id();
		for (int i = 1; i <= 3; i++) {
			add(commune, village, DeviceForm.of("HT-WIFI-0" + i, DeviceKind.WIFI_POINT, "Wi-Fi miễn phí thôn Hòa Thịnh số " + i, 300)
				.at(18.4540 + 0.001 * i, 105.7010 + 0.001 * i).madeBy("Điểm phát Wi-Fi", "7.1", "Đoàn thanh niên thôn"));
		}
		for (int i = 1; i <= 4; i++) {
			long id = add(commune, village, DeviceForm.of("HT-DEN-0" + i, DeviceKind.STREET_LIGHT, "Đèn chiếu sáng thôn Hòa Thịnh số " + i, 300)
				.at(18.4530 + 0.0007 * i, 105.7000 - 0.0006 * i).madeBy("Bộ điều khiển đèn", "1.2", "Thôn Hòa Thịnh"));
			lights.set(commune, id, LocalTime.of(18, 30), LocalTime.of(5, 0));
		}
	}

	private long add(long communeId, long villageId, DeviceForm form) {
		RegisteredDevice registered = devices.register(communeId, form.in(villageId));
		credentials.add(form.code() + "," + registered.secret() + "," + form.heartbeatSeconds());
		return registered.device().id();
	}

	private void writeCredentials() throws IOException {
		if (credentialsFile.isBlank()) {
			return;
		}
		Path file = Path.of(credentialsFile);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, credentials);
		log.info("Demo device credentials for the simulator written to {}", file.toAbsolutePath());
	}

}
