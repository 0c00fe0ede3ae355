package vn.langso.broadcast;

import java.util.Collection;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import vn.langso.community.CommuneIndicators;
import vn.langso.community.CommunityIndicators;
import vn.langso.community.VillageIndicators;

/**
 * The denominator of an announcement's reach from the community register: the households of the
 * targeted villages, or of the whole commune when no village was picked.
 */
@Component
class CommunityHouseholdCount implements HouseholdCount {

	private final CommunityIndicators indicators;

	CommunityHouseholdCount(CommunityIndicators indicators) {
		this.indicators = indicators;
	}

	@Override
	public OptionalLong households(long communeId, Collection<Long> villageIds) {
		CommuneIndicators commune = indicators.ofCommune(communeId);
		if (villageIds == null || villageIds.isEmpty()) {
			return OptionalLong.of(commune.total().households());
		}
		return OptionalLong.of(commune.villages().stream()
			.filter(village -> villageIds.contains(village.areaId()))
			.mapToLong(VillageIndicators::households)
			.sum());
	}

}
