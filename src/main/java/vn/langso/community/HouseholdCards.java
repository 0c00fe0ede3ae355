package vn.langso.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;

/**
 * What a house plate's QR gives the public: a card with the address and the head's given name, and a
 * call-back form. The household's phone and ID numbers never leave the register; officials pass
 * call-back requests on.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdCards {

	private final Residents residents;

	private final JdbcClient jdbc;

	private final CommuneAccess access;

	private final Areas areas;

	private final Clock clock;

	HouseholdCards(Residents residents, JdbcClient jdbc, CommuneAccess access, Areas areas, Clock clock) {
		this.residents = residents;
		this.jdbc = jdbc;
		this.access = access;
		this.areas = areas;
		this.clock = clock;
	}

	/** What anyone may see by scanning a plate. */
	public HouseholdCard card(String token) {
		HouseholdView h = plate(token);
		AreaView village = areas.byId(h.villageId()).orElseThrow();
		AreaView commune = areas.commune(h.communeId());
		String[] names = h.headName().trim().split("\\s+");
		return new HouseholdCard(h.id(), h.communeId(), h.houseNumber(), h.lane(), village.name(), commune.name(),
				names[names.length - 1], h.plateToken());
	}

	/** A passer-by asks the household to call back; officials pass it on, the household's phone stays hidden. */
	@Transactional
	public void requestContact(String token, String senderName, String senderPhone, String message) {
		HouseholdView h = plate(token);
		if (senderName == null || senderName.isBlank() || message == null || message.isBlank()) {
			throw new InvalidInputException("community.contact.required");
		}
		if (!PhoneNumber.isValid(senderPhone)) {
			throw new InvalidInputException("community.error.badPhone");
		}
		jdbc.sql("""
				insert into community_contact_request (commune_id, household_id, sender_name, sender_phone, message,
				created_at, handled) values (?, ?, ?, ?, ?, ?, false)""")
			.params(h.communeId(), h.id(), trim(senderName, 120), PhoneNumber.parse(senderPhone).value(),
					trim(message, 500), Timestamp.from(clock.instant()))
			.update();
	}

	public List<ContactRequestView> contactRequests(CurrentUser user, long communeId) {
		Long villageId = access.villageFor(user, communeId, null);
		String village = villageId == null ? "" : " and h.village_id = " + villageId.longValue();
		return jdbc.sql("""
				select c.id, c.household_id, h.house_number, h.lane, c.sender_name, c.sender_phone, c.message,
				c.created_at, c.handled from community_contact_request c join community_household h on h.id = c.household_id
				where c.commune_id = ?""" + village + " order by c.created_at desc")
			.param(communeId)
			.query((rs, n) -> new ContactRequestView(rs.getLong("id"), rs.getLong("household_id"),
					rs.getString("house_number") + ", " + rs.getString("lane"), rs.getString("sender_name"),
					rs.getString("sender_phone"), rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
					rs.getBoolean("handled")))
			.list();
	}

	private HouseholdView plate(String token) {
		return residents.byToken(token).orElseThrow(() -> new NotFoundException("plate " + token));
	}

	private static String trim(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
