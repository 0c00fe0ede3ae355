package vn.langso.community;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API for reaching households by text message (announcements): one phone per household of the
 * chosen villages, the head's when the head has one, else the first member listed with one. Households
 * without any phone are not returned. The numbers leave the register only towards the message gateway.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdPhones {

	private static final String SQL = """
			select h.id as household_id, h.village_id,
			       (select r.phone from community_resident r
			         where r.household_id = h.id and r.phone is not null and r.phone <> ''
			         order by case when r.relation = 'HEAD' then 0 else 1 end, r.id
			         fetch first 1 rows only) as phone
			  from community_household h
			 where h.commune_id = :commune %s
			 order by h.id""";

	private final JdbcClient jdbc;

	HouseholdPhones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One phone per household of the villages (all of the commune when {@code villageIds} is empty). */
	public List<HouseholdPhone> of(long communeId, Collection<Long> villageIds) {
		boolean all = villageIds == null || villageIds.isEmpty();
		var statement = jdbc.sql(SQL.formatted(all ? "" : "and h.village_id in (:villages)")).param("commune", communeId);
		if (!all) {
			statement = statement.param("villages", villageIds);
		}
		return statement
			.query((rs, row) -> new HouseholdPhone(rs.getLong("household_id"), rs.getLong("village_id"), rs.getString("phone")))
			.list()
			.stream()
			.filter(household -> household.phone() != null)
			.toList();
	}

}
