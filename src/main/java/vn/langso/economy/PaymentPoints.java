package vn.langso.economy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.InvalidInputException;

/**
 * The registry of e-payment points (shops and stalls that take QR payment) per village, and their counts
 * for the commune's indicators: the API a dashboard reads.
 */
@Service
@Transactional(readOnly = true)
public class PaymentPoints {

	private final PaymentPointRepository points;

	private final Areas areas;

	private final Clock clock;

	PaymentPoints(PaymentPointRepository points, Areas areas, Clock clock) {
		this.points = points;
		this.areas = areas;
		this.clock = clock;
	}

	public List<PaymentPointView> ofCommune(long communeId) {
		return points.findByCommuneIdOrderByVillageIdAscNameAsc(communeId).stream().map(PaymentPoint::view).toList();
	}

	/** Points taking VietQR per village id, villages without any left out. */
	public Map<Long, Long> qrPointsByVillage(long communeId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		points.countQrPointsByVillage(communeId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	public long qrPoints(long communeId) {
		return qrPointsByVillage(communeId).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Staff register a point of one of the commune's villages; a refusal names its field. A village head
	 * (without a commune-wide role) keeps the points of their own village only.
	 */
	@Transactional
	public PaymentPointView register(CurrentUser staff, long communeId, PaymentPointForm form) {
		if (!areas.isVillageOf(form.villageId(), communeId)) {
			throw new FieldRefused("villageId", "economy.paymentPoint.village");
		}
		if (!mayKeep(staff, form.villageId())) {
			throw new FieldRefused("villageId", "economy.paymentPoint.ownVillage");
		}
		return register(communeId, form.villageId(), form.name(), form.kind(), Boolean.TRUE.equals(form.acceptsVietQr()));
	}

	@Transactional
	public void remove(CurrentUser staff, long communeId, long pointId) {
		PaymentPoint point = points.findByIdAndCommuneId(pointId, communeId)
			.orElseThrow(() -> new vn.langso.shared.NotFoundException("payment point " + pointId));
		if (!mayKeep(staff, point.villageId())) {
			throw new vn.langso.shared.ForbiddenException("not this village head's village");
		}
		points.delete(point);
	}

	private static boolean mayKeep(CurrentUser staff, long villageId) {
		boolean villageOnly = staff.has(Role.VILLAGE_HEAD) && !staff.hasAny(Role.ONE_STOP_OFFICER, Role.COMMUNE_LEADER,
				Role.DIGITAL_TEAM_MEMBER, Role.ADMINISTRATOR);
		return !villageOnly || staff.villageId() == null || staff.villageId() == villageId;
	}

	@Transactional
	public PaymentPointView register(long communeId, long villageId, String name, String kind, boolean acceptsVietQr) {
		if (!areas.isVillageOf(villageId, communeId)) {
			throw new InvalidInputException("economy.paymentPoint.village");
		}
		if (name == null || name.isBlank() || name.length() > 160) {
			throw new InvalidInputException("economy.paymentPoint.name");
		}
		return points.save(new PaymentPoint(communeId, villageId, name.strip(), kind == null ? "SHOP" : kind, acceptsVietQr,
				null, clock.instant())).view();
	}

}
