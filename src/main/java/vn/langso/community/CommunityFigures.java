package vn.langso.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.AreaCounts;

/**
 * The register's digital-society counts by commune and village, as they stand now, for the dashboard's
 * reporting store: households, households reached by the digital team, residents, trained, with an
 * e-payment account, with VNeID level 2, using online services, with a smartphone. Three grouped
 * queries over the narrow indicator index, however many communes are asked for.
 */
@Service
@Transactional(readOnly = true)
public class CommunityFigures {

	public static final String HOUSEHOLDS = "households", HOUSEHOLDS_REACHED = "households-reached",
			RESIDENTS = "residents", TRAINED = "residents-trained", EPAYMENT = "residents-epayment",
			VNEID_LEVEL2 = "residents-vneid2", ONLINE_SERVICES = "residents-online", SMARTPHONE = "residents-smartphone";

	private final JdbcClient jdbc;

	CommunityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, AreaCounts> figures(Collection<Long> communeIds) {
		Map<String, AreaCounts.Builder> out = new HashMap<>();
		for (String m : new String[] { HOUSEHOLDS, HOUSEHOLDS_REACHED, RESIDENTS, TRAINED, EPAYMENT, VNEID_LEVEL2,
				ONLINE_SERVICES, SMARTPHONE }) {
			out.put(m, new AreaCounts.Builder());
		}
		if (!communeIds.isEmpty()) {
			jdbc.sql("""
					select r.commune_id, r.village_id, count(*) as residents, count(r.trained_on) as trained,
					       sum(case when r.has_epayment then 1 else 0 end) as epayment,
					       sum(case when r.vneid_level2 then 1 else 0 end) as vneid,
					       sum(case when r.uses_online_services then 1 else 0 end) as online,
					       sum(case when r.has_smartphone then 1 else 0 end) as smartphone
					from community_resident r where r.commune_id in (:communes)
					group by r.commune_id, r.village_id""")
				.param("communes", communeIds)
				.query((rs, i) -> {
					long c = rs.getLong("commune_id");
					long v = rs.getLong("village_id");
					out.get(RESIDENTS).add(c, v, rs.getLong("residents"));
					out.get(TRAINED).add(c, v, rs.getLong("trained"));
					out.get(EPAYMENT).add(c, v, rs.getLong("epayment"));
					out.get(VNEID_LEVEL2).add(c, v, rs.getLong("vneid"));
					out.get(ONLINE_SERVICES).add(c, v, rs.getLong("online"));
					out.get(SMARTPHONE).add(c, v, rs.getLong("smartphone"));
					return null;
				})
				.list();
			jdbc.sql("""
					select h.commune_id, h.village_id, count(*) as n from community_household h
					where h.commune_id in (:communes) group by h.commune_id, h.village_id""")
				.param("communes", communeIds)
				.query((rs, i) -> {
					out.get(HOUSEHOLDS).add(rs.getLong("commune_id"), rs.getLong("village_id"), rs.getLong("n"));
					return null;
				})
				.list();
			jdbc.sql("""
					select v.commune_id, v.village_id, count(distinct v.household_id) as n from community_visit v
					where v.commune_id in (:communes) group by v.commune_id, v.village_id""")
				.param("communes", communeIds)
				.query((rs, i) -> {
					out.get(HOUSEHOLDS_REACHED).add(rs.getLong("commune_id"), rs.getLong("village_id"), rs.getLong("n"));
					return null;
				})
				.list();
		}
		Map<String, AreaCounts> result = new HashMap<>();
		out.forEach((k, v) -> result.put(k, v.build()));
		return result;
	}

}
