package vn.langso.identity;

import org.springframework.stereotype.Service;
import vn.langso.shared.NotFoundException;

/**
 * The one place that decides which commune's data an official may see. Officials see their own
 * commune; province-wide accounts see every commune of their province. A refusal looks like "not
 * found" so that nobody learns what another commune holds.
 */
@Service
public class CommuneAccess {

	private final Areas areas;

	CommuneAccess(Areas areas) {
		this.areas = areas;
	}

	public boolean mayAccess(CurrentUser user, long communeId) {
		if (user.communeId() != null) {
			return user.communeId() == communeId;
		}
		return user.isProvinceWide() && areas.byId(communeId)
			.filter(c -> c.level() == AreaLevel.COMMUNE)
			.map(c -> c.parentId() != null && c.parentId() == user.provinceId())
			.orElse(false);
	}

	public void require(CurrentUser user, long communeId) {
		if (!mayAccess(user, communeId)) {
			throw new NotFoundException("commune " + communeId);
		}
	}

	/** A record of a village: its commune's officials, but a village official only their own village's. */
	public boolean mayAccess(CurrentUser user, long communeId, long villageId) {
		return mayAccess(user, communeId) && (!user.isVillageOfficial() || user.villageId() == villageId);
	}

	public void require(CurrentUser user, long communeId, long villageId) {
		if (!mayAccess(user, communeId, villageId)) {
			throw new NotFoundException("village " + villageId);
		}
	}

	/**
	 * The village a register page or export works on: a village official's own (asking for another is a
	 * 404), else the one asked for, where {@code null} means the whole commune.
	 */
	public Long villageFor(CurrentUser user, long communeId, Long requested) {
		require(user, communeId);
		if (!user.isVillageOfficial()) {
			return requested;
		}
		if (requested != null && requested.longValue() != user.villageId()) {
			throw new NotFoundException("village " + requested);
		}
		return user.villageId();
	}

	/**
	 * The commune a staff page works on: an official's own; for province-wide accounts the one they
	 * asked for, else the first of the province.
	 */
	public long communeFor(CurrentUser user, Long requested) {
		if (user.communeId() != null) {
			if (requested != null && !requested.equals(user.communeId())) {
				throw new NotFoundException("commune " + requested);
			}
			return user.communeId();
		}
		if (requested != null) {
			require(user, requested);
			return requested;
		}
		return areas.childrenOf(user.provinceId()).stream()
			.filter(a -> a.level() == AreaLevel.COMMUNE)
			.findFirst()
			.map(AreaView::id)
			.orElseThrow(() -> new NotFoundException("no commune in province"));
	}

}
