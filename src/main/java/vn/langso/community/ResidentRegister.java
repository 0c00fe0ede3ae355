package vn.langso.community;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.VietnameseText;

/**
 * Writes many residents at once (demo data, confirmed imports): households are found by address or
 * created, people already in the register (same CCCD, or same name, birth date and address) are
 * left as they are, the rest go in with JDBC batches so that thousands of rows take well under a second.
 */
@Component
class ResidentRegister {

	private static final int BATCH = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] TOKEN_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	ResidentRegister(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** The outcome of a bulk add: how many were new, how many were already there. */
	record Added(int added, int alreadyPresent, int householdsCreated) {
	}

	@Transactional
	Added addAll(long communeId, List<NewResident> rows) {
		Instant now = clock.instant();
		Map<String, Long> households = householdIds(communeId);
		Set<String> known = new HashSet<>(jdbc.sql("select person_key from community_resident where commune_id = ?")
			.param(communeId).query(String.class).list());
		known.addAll(citizenIdsElsewhere(rows));
		List<NewResident> fresh = new ArrayList<>();
		Map<String, NewResident> newHouseholds = new java.util.LinkedHashMap<>();
		for (NewResident row : rows) {
			if (!known.add(row.personKey())) {
				continue;
			}
			if (!households.containsKey(row.householdKey())) {
				NewResident first = newHouseholds.putIfAbsent(row.householdKey(), row);
				if (first != null && row.relation() == Relation.HEAD && first.relation() != Relation.HEAD) {
					newHouseholds.put(row.householdKey(), row);
				}
			}
			else if (row.relation() == Relation.HEAD) {
				jdbc.sql("update community_household set head_name = ?, updated_at = ? where id = ?")
					.params(row.fullName(), Timestamp.from(now), households.get(row.householdKey())).update();
			}
			fresh.add(row);
		}
		int householdsCreated = newHouseholds.size();
		if (householdsCreated > 0) {
			createHouseholds(communeId, new ArrayList<>(newHouseholds.values()), now);
			households = householdIds(communeId);
		}
		for (int from = 0; from < fresh.size(); from += BATCH) {
			insertBatch(communeId, fresh.subList(from, Math.min(fresh.size(), from + BATCH)), households, now);
		}
		return new Added(fresh.size(), rows.size() - fresh.size(), householdsCreated);
	}

	/** A CCCD is one person in the whole province, whichever commune registered them first. */
	private List<String> citizenIdsElsewhere(List<NewResident> rows) {
		List<String> ids = rows.stream().map(NewResident::citizenId).filter(c -> c != null && !c.isBlank()).toList();
		List<String> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			found.addAll(jdbc.sql("select citizen_id from community_resident where citizen_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(String.class)
				.list()
				.stream()
				.map(c -> "id:" + c)
				.toList());
		}
		return found;
	}

	static String newToken() {
		char[] token = new char[10];
		for (int i = 0; i < token.length; i++) {
			token[i] = TOKEN_CHARS[RANDOM.nextInt(TOKEN_CHARS.length)];
		}
		return new String(token);
	}

	private Map<String, Long> householdIds(long communeId) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select id, village_id, lane, house_number from community_household where commune_id = ?")
			.param(communeId)
			.query((rs, n) -> ids.put(rs.getLong("village_id") + "|"
					+ NewResident.householdKey(rs.getString("lane"), rs.getString("house_number")), rs.getLong("id")))
			.list();
		return ids;
	}

	/** One batch for all new households; the head is the row marked head, else the first member listed. */
	private void createHouseholds(long communeId, List<NewResident> firstRows, Instant now) {
		Timestamp at = Timestamp.from(now);
		template.batchUpdate("""
				insert into community_household (commune_id, village_id, lane, house_number, head_name, plate_token,
				created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", firstRows, BATCH, (ps, row) -> {
			String head = row.relation() == Relation.HEAD || row.headName() == null || row.headName().isBlank()
					? row.fullName() : row.headName();
			ps.setLong(1, communeId);
			ps.setLong(2, row.villageId());
			ps.setString(3, row.lane().trim());
			ps.setString(4, row.houseNumber().trim());
			ps.setString(5, head);
			ps.setString(6, newToken());
			ps.setTimestamp(7, at);
			ps.setTimestamp(8, at);
		});
	}

	private void insertBatch(long communeId, List<NewResident> rows, Map<String, Long> households, Instant now) {
		Timestamp at = Timestamp.from(now);
		template.batchUpdate("""
				insert into community_resident (commune_id, village_id, household_id, full_name, full_name_folded,
				relation, birth_date, gender, citizen_id, phone, has_smartphone, has_epayment, vneid_level2,
				uses_online_services, trained_on, trained_by, person_key, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, r) -> {
			ps.setLong(1, communeId);
			ps.setLong(2, r.villageId());
			ps.setLong(3, households.get(r.householdKey()));
			ps.setString(4, r.fullName().trim());
			ps.setString(5, VietnameseText.fold(r.fullName()));
			ps.setString(6, r.relation().name());
			if (r.birthDate() == null) {
				ps.setNull(7, Types.DATE);
			}
			else {
				ps.setDate(7, Date.valueOf(r.birthDate()));
			}
			ps.setString(8, r.gender() == null ? null : r.gender().name());
			ps.setString(9, blankToNull(r.citizenId()));
			ps.setString(10, blankToNull(r.phone()));
			ps.setBoolean(11, r.hasSmartphone());
			ps.setBoolean(12, r.hasEpayment());
			ps.setBoolean(13, r.vneidLevel2());
			ps.setBoolean(14, r.usesOnlineServices());
			if (r.trainedOn() == null) {
				ps.setNull(15, Types.DATE);
			}
			else {
				ps.setDate(15, Date.valueOf(r.trainedOn()));
			}
			ps.setString(16, blankToNull(r.trainedBy()));
			ps.setString(17, r.personKey());
			ps.setTimestamp(18, at);
			ps.setTimestamp(19, at);
		});
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
