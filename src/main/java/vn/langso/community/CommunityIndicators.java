package vn.langso.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/**
 * The read API of the digital-society indicators (share of households reached, residents trained,
 * with an e-payment account, with VNeID level 2, using online services), computed from the register
 * at every call with three grouped queries, so they are never stale. The dashboard module uses this.
 * The SQL lives in {@code community/indicators-*.sql}, which {@code bench/} runs as well.
 */
@Service
@Transactional(readOnly = true)
public class CommunityIndicators {

	private static final String RESIDENTS_SQL = sql("indicators-residents.sql");

	private static final String HOUSEHOLDS_SQL = sql("indicators-households.sql");

	private static final String REACHED_SQL = sql("indicators-reached.sql");

	private final JdbcClient jdbc;

	private final Areas areas;

	CommunityIndicators(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	public CommuneIndicators ofCommune(long communeId) {
		AreaView commune = areas.commune(communeId);
		List<AreaView> villages = areas.childrenOf(communeId);
		Map<Long, VillageIndicators> byVillage = byVillage(List.of(communeId), villages);
		return total(commune, villages.stream().map(v -> byVillage.get(v.id())).toList());
	}

	public VillageIndicators ofVillage(long communeId, long villageId) {
		return ofCommune(communeId).villages().stream()
			.filter(v -> v.areaId() == villageId)
			.findFirst()
			.orElseThrow(() -> new vn.langso.shared.NotFoundException("village " + villageId));
	}

	/** Every commune of a province, each with its totals; three queries whatever the size. */
	public List<VillageIndicators> ofProvince(long provinceId) {
		List<AreaView> communes = areas.childrenOf(provinceId).stream()
			.filter(a -> a.level() == AreaLevel.COMMUNE)
			.toList();
		if (communes.isEmpty()) {
			return List.of();
		}
		List<AreaView> villages = new ArrayList<>();
		communes.forEach(c -> villages.addAll(areas.childrenOf(c.id())));
		Map<Long, VillageIndicators> byVillage = byVillage(communes.stream().map(AreaView::id).toList(), villages);
		return communes.stream()
			.map(c -> total(c, villages.stream()
				.filter(v -> v.parentId() != null && v.parentId() == c.id())
				.map(v -> byVillage.get(v.id()))
				.toList()).total())
			.toList();
	}

	private Map<Long, VillageIndicators> byVillage(Collection<Long> communeIds, List<AreaView> villages) {
		Map<Long, long[]> counts = new HashMap<>();
		jdbc.sql(RESIDENTS_SQL).param("communes", communeIds).query((rs, n) -> {
			long[] c = counts.computeIfAbsent(rs.getLong("village_id"), id -> new long[8]);
			c[2] = rs.getLong("residents");
			c[3] = rs.getLong("trained");
			c[4] = rs.getLong("epayment");
			c[5] = rs.getLong("vneid_level2");
			c[6] = rs.getLong("online_services");
			c[7] = rs.getLong("smartphone");
			return null;
		}).list();
		jdbc.sql(HOUSEHOLDS_SQL).param("communes", communeIds).query((rs, n) -> {
			long[] c = counts.computeIfAbsent(rs.getLong("village_id"), id -> new long[8]);
			c[0] = rs.getLong("households");
			return null;
		}).list();
		jdbc.sql(REACHED_SQL).param("communes", communeIds).query((rs, n) -> {
			counts.computeIfAbsent(rs.getLong("village_id"), id -> new long[8])[1] = rs.getLong("reached");
			return null;
		}).list();
		Map<Long, VillageIndicators> result = new HashMap<>();
		for (AreaView v : villages) {
			long[] c = counts.getOrDefault(v.id(), new long[8]);
			result.put(v.id(), new VillageIndicators(v.id(), v.name(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
		}
		return result;
	}

	private static CommuneIndicators total(AreaView commune, List<VillageIndicators> villages) {
		VillageIndicators sum = new VillageIndicators(commune.id(), commune.name(), 0, 0, 0, 0, 0, 0, 0, 0);
		for (VillageIndicators v : villages) {
			sum = sum.plus(v);
		}
		return new CommuneIndicators(sum, villages);
	}

	private static String sql(String name) {
		try (InputStream in = CommunityIndicators.class.getResourceAsStream("/community/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
