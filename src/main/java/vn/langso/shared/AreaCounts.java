package vn.langso.shared;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of one measure by commune and, where the measure knows it, by village: what the modules'
 * figure read APIs (dossier.DossierFigures, community.CommunityFigures...) hand to the dashboard.
 * A commune's count includes its rows without a village.
 */
public record AreaCounts(Map<Long, Long> communes, Map<Long, Long> villages) {

	public AreaCounts {
		communes = Collections.unmodifiableMap(new HashMap<>(communes));
		villages = Collections.unmodifiableMap(new HashMap<>(villages));
	}

	public long commune(long communeId) {
		return communes.getOrDefault(communeId, 0L);
	}

	public long village(long villageId) {
		return villages.getOrDefault(villageId, 0L);
	}

	/** Collects counts row by row; {@code villageId} may be null for commune-wide rows. */
	public static final class Builder {

		private final Map<Long, Long> communes = new HashMap<>();

		private final Map<Long, Long> villages = new HashMap<>();

		public Builder add(long communeId, Long villageId, long count) {
			communes.merge(communeId, count, Long::sum);
			if (villageId != null) {
				villages.merge(villageId, count, Long::sum);
			}
			return this;
		}

		public AreaCounts build() {
			return new AreaCounts(communes, villages);
		}

	}

}
