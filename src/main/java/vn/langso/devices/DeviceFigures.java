package vn.langso.devices;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.AreaCounts;

/**
 * The device registry's counts by commune and village as they stand now, for the dashboard: devices
 * registered, devices online (heartbeats on time), and the registered cameras, Wi-Fi points and
 * loudspeaker clusters. One grouped query.
 */
@Service
@Transactional(readOnly = true)
public class DeviceFigures {

	public static final String REGISTERED = "registered", ONLINE = "online", CAMERAS = "cameras", WIFI = "wifi-points",
			LOUDSPEAKERS = "loudspeakers";

	private final JdbcClient jdbc;

	DeviceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, AreaCounts> figures(Collection<Long> communeIds) {
		Map<String, AreaCounts.Builder> out = new HashMap<>();
		for (String m : new String[] { REGISTERED, ONLINE, CAMERAS, WIFI, LOUDSPEAKERS }) {
			out.put(m, new AreaCounts.Builder());
		}
		if (!communeIds.isEmpty()) {
			jdbc.sql("""
					select commune_id, village_id, kind, status, count(*) as n from devices_device
					where commune_id in (:communes) group by commune_id, village_id, kind, status""")
				.param("communes", communeIds)
				.query((rs, i) -> {
					long c = rs.getLong("commune_id");
					long v = rs.getLong("village_id");
					long n = rs.getLong("n");
					out.get(REGISTERED).add(c, v, n);
					if (DeviceStatus.ONLINE.name().equals(rs.getString("status"))) {
						out.get(ONLINE).add(c, v, n);
					}
					String kind = switch (DeviceKind.valueOf(rs.getString("kind"))) {
						case CAMERA -> CAMERAS;
						case WIFI_POINT -> WIFI;
						case LOUDSPEAKER_CLUSTER -> LOUDSPEAKERS;
						default -> null;
					};
					if (kind != null) {
						out.get(kind).add(c, v, n);
					}
					return null;
				})
				.list();
		}
		Map<String, AreaCounts> result = new HashMap<>();
		out.forEach((k, v) -> result.put(k, v.build()));
		return result;
	}

}
