package vn.langso.economy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Areas;
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

	/** Staff register a point of one of the commune's villages; a refusal names its field. */
	@Transactional
	public PaymentPointView register(long communeId, PaymentPointForm form) {
		if (!areas.isVillageOf(form.villageId(), communeId)) {
			throw new FieldRefused("villageId", "economy.paymentPoint.village");
		}
		return register(communeId, form.villageId(), form.name(), form.kind(), Boolean.TRUE.equals(form.acceptsVietQr()));
	}

	@Transactional
	public void remove(long communeId, long pointId) {
		points.delete(points.findByIdAndCommuneId(pointId, communeId)
			.orElseThrow(() -> new vn.langso.shared.NotFoundException("payment point " + pointId)));
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
