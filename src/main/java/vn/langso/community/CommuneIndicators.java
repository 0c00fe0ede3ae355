package vn.langso.community;

import java.util.List;

/** A commune's indicators: the commune's totals and each of its villages. */
public record CommuneIndicators(VillageIndicators total, List<VillageIndicators> villages) {
}
