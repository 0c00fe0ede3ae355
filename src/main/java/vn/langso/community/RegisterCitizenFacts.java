package vn.langso.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenFacts;
import vn.langso.identity.KnownCitizen;

/**
 * The household register's answer to {@link CitizenFacts}: the resident with the CCCD in the commune,
 * the household's address and the spouse (the head's spouse, or the head when the resident is the
 * spouse). Only the commune's own register is asked: a CCCD registered elsewhere is unknown here.
 */
@Component
class RegisterCitizenFacts implements CitizenFacts {

	private final JdbcClient jdbc;

	private final Areas areas;

	RegisterCitizenFacts(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	private record Row(long householdId, long villageId, String lane, String houseNumber, String fullName,
			Relation relation, LocalDate birthDate, Gender gender) {
	}

	@Override
	public Optional<KnownCitizen> byCitizenId(long communeId, String citizenId) {
		if (citizenId == null || citizenId.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select r.household_id, r.village_id, h.lane, h.house_number, r.full_name, r.relation, r.birth_date, r.gender
				from community_resident r join community_household h on h.id = r.household_id
				where r.commune_id = ? and r.citizen_id = ?""")
			.param(communeId).param(citizenId).query(RegisterCitizenFacts::row).optional()
			.map(resident -> new KnownCitizen(resident.fullName(), resident.birthDate(), sex(resident.gender()),
					address(communeId, resident), spouseOf(communeId, resident)));
	}

	private KnownCitizen.Relative spouseOf(long communeId, Row resident) {
		Relation partner = switch (resident.relation()) {
			case HEAD -> Relation.SPOUSE;
			case SPOUSE -> Relation.HEAD;
			default -> null;
		};
		if (partner == null) {
			return null;
		}
		return jdbc.sql("""
				select r.household_id, r.village_id, h.lane, h.house_number, r.full_name, r.relation, r.birth_date, r.gender
				from community_resident r join community_household h on h.id = r.household_id
				where r.commune_id = ? and r.household_id = ? and r.relation = ? order by r.id""")
			.param(communeId).param(resident.householdId()).param(partner.name()).query(RegisterCitizenFacts::row).list()
			.stream().findFirst()
			.map(spouse -> new KnownCitizen.Relative(spouse.fullName(), spouse.birthDate(), sex(spouse.gender())))
			.orElse(null);
	}

	/** "Số nhà 60, Ngõ 3, Xóm 3, Xã Bình Hòa, Tỉnh Minh Họa": the parts the register has, house first. */
	private String address(long communeId, Row resident) {
		List<String> parts = new ArrayList<>();
		if (resident.houseNumber() != null && !resident.houseNumber().isBlank()) {
			parts.add("Số nhà " + resident.houseNumber().strip());
		}
		if (resident.lane() != null && !resident.lane().isBlank()) {
			parts.add(resident.lane().strip());
		}
		areas.byId(resident.villageId()).map(AreaView::name).ifPresent(parts::add);
		AreaView commune = areas.commune(communeId);
		parts.add(commune.name());
		if (commune.parentId() != null) {
			areas.byId(commune.parentId()).map(AreaView::name).ifPresent(parts::add);
		}
		return String.join(", ", parts);
	}

	private static KnownCitizen.Sex sex(Gender gender) {
		return gender == null ? null : KnownCitizen.Sex.valueOf(gender.name());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		java.sql.Date birth = rs.getDate(7);
		String gender = rs.getString(8);
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				Relation.valueOf(rs.getString(6)), birth == null ? null : birth.toLocalDate(),
				gender == null ? null : Gender.valueOf(gender));
	}

}
