package vn.langso.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.DemoData;

/**
 * The demo province of the embedded default: xã Bình Hòa with xóm 3 as the pilot smart village,
 * and the communes of thôn Quang Trung and thôn Hòa Thịnh from the seed articles. People are
 * fictional. Runs first of all demo loaders (they look communes up by the codes below) and only
 * when {@code langso.demo-data=true}, which the production profile never sets.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class IdentityDemoData implements DemoData {

	static final String PASSWORD = "LangSo@2026";

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	private final AreaRepository areas;

	private final AccountRepository accounts;

	private final OfficialRepository officials;

	private final PasswordEncoder passwords;

	IdentityDemoData(AreaRepository areas, AccountRepository accounts, OfficialRepository officials,
			PasswordEncoder passwords) {
		this.areas = areas;
		this.accounts = accounts;
		this.officials = officials;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (areas.findByCode(DemoAreaCodes.PROVINCE).isPresent()) {
			return;
		}
		Area province = areas.save(new Area(DemoAreaCodes.PROVINCE, "Tỉnh Minh Họa", AreaLevel.PROVINCE, null));
		Area binhHoa = commune(province, DemoAreaCodes.BINH_HOA, "Xã Bình Hòa",
				List.of("Xóm 1", "Xóm 2", "Xóm 3", "Xóm 4", "Xóm 5", "Xóm 6"));
		Area hoangDong = commune(province, DemoAreaCodes.HOANG_DONG, "Xã Hoằng Đồng",
				List.of("Thôn Quang Trung", "Thôn Phú Thượng", "Thôn Phú Hạ"));
		Area thienLoc = commune(province, DemoAreaCodes.THIEN_LOC, "Xã Thiên Lộc",
				List.of("Thôn Hòa Thịnh", "Thôn Thiên Thai", "Thôn Vĩnh Lộc"));
		Area xom3 = areas.findByCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow();
		String hash = passwords.encode(PASSWORD);
		citizens(province, binhHoa, xom3, hash);
		staff(province, binhHoa, hoangDong, thienLoc, xom3, hash);
		directory(binhHoa.id(), "0228", "binhhoa");
		directory(hoangDong.id(), "0237", "hoangdong");
		directory(thienLoc.id(), "0239", "thienloc");
		log.info("Demo province loaded: {} communes, {} accounts (password {})", 3, accounts.count(), PASSWORD);
	}

	private Area commune(Area province, String code, String name, List<String> villages) {
		Area commune = areas.save(new Area(code, name, AreaLevel.COMMUNE, province.id()));
		for (int i = 0; i < villages.size(); i++) {
			areas.save(new Area(code + "-" + String.format("%02d", i + 1), villages.get(i), AreaLevel.VILLAGE, commune.id()));
		}
		return commune;
	}

	/** The two demo citizens showed their CCCD cards at the desk (proven links), so their forms prefill. */
	private void citizens(Area province, Area commune, Area village, String hash) {
		Instant now = Instant.now();
		accounts.save(new Account("0912345678", "Trần Thị Mai", hash, province.id(), commune.id(), EnumSet.of(Role.CITIZEN))
			.withContact("0912345678", "036190012345", "mai.tran@example.vn").inVillage(village.id())
			.phoneVerified(now).citizenIdProven(CitizenIdProof.DESK, now));
		accounts.save(new Account("0987654321", "Phạm Văn Hùng", hash, province.id(), commune.id(), EnumSet.of(Role.CITIZEN))
			.withContact("0987654321", "036085001234", null).inVillage(village.id())
			.phoneVerified(now).citizenIdProven(CitizenIdProof.DESK, now));
	}

	private void staff(Area province, Area binhHoa, Area hoangDong, Area thienLoc, Area xom3, String hash) {
		Map<String, Object[]> binhHoaStaff = new LinkedHashMap<>();
		binhHoaStaff.put("motcua", new Object[] { "Nguyễn Thị Lan", Role.ONE_STOP_OFFICER });
		binhHoaStaff.put("hotich", new Object[] { "Đỗ Văn Nam", Role.SPECIALIST });
		binhHoaStaff.put("lanhdao", new Object[] { "Vũ Minh Quang", Role.COMMUNE_LEADER });
		binhHoaStaff.put("truyenthanh", new Object[] { "Hoàng Văn Tú", Role.BROADCAST_OPERATOR });
		binhHoaStaff.put("quantri", new Object[] { "Ngô Văn Đức", Role.ADMINISTRATOR });
		binhHoaStaff.forEach((username, data) -> accounts.save(new Account(username, (String) data[0], hash,
				province.id(), binhHoa.id(), EnumSet.of((Role) data[1]))));
		accounts.save(new Account("truongxom", "Đặng Văn Hải", hash, province.id(), binhHoa.id(),
				EnumSet.of(Role.VILLAGE_HEAD)).inVillage(xom3.id()));
		accounts.save(new Account("congnghe", "Lê Thị Hoa", hash, province.id(), binhHoa.id(),
				EnumSet.of(Role.DIGITAL_TEAM_MEMBER)).inVillage(xom3.id()));
		accounts.save(new Account("sanxuat", "Trịnh Văn Lộc", hash, province.id(), binhHoa.id(), EnumSet.of(Role.PRODUCER))
			.withContact("0978000111", null, null).inVillage(xom3.id()));
		accounts.save(new Account("motcua.hoangdong", "Lê Văn Bình", hash, province.id(), hoangDong.id(),
				EnumSet.of(Role.ONE_STOP_OFFICER)));
		accounts.save(new Account("motcua.thienloc", "Phan Thị Hằng", hash, province.id(), thienLoc.id(),
				EnumSet.of(Role.ONE_STOP_OFFICER)));
		accounts.save(new Account("tinh", "Bùi Thị Thu", hash, province.id(), null, EnumSet.of(Role.PROVINCE_OVERSEER)));
		accounts.save(new Account("quantri.tinh", "Cao Văn Phúc", hash, province.id(), null, EnumSet.of(Role.ADMINISTRATOR)));
	}

	private void directory(long communeId, String areaCode, String mailbox) {
		String[][] people = {
				{ "Vũ Minh Quang", "Chủ tịch UBND xã", "3861001" },
				{ "Nguyễn Văn Thành", "Phó Chủ tịch UBND xã", "3861002" },
				{ "Đỗ Văn Nam", "Công chức Tư pháp - Hộ tịch", "3861003" },
				{ "Nguyễn Thị Lan", "Bộ phận Một cửa", "3861004" },
				{ "Trương Thị Hạnh", "Công chức Văn phòng - Thống kê", "3861005" },
				{ "Lương Văn Kiên", "Công chức Địa chính - Xây dựng", "3861006" },
				{ "Mai Thị Ngọc", "Công chức Văn hóa - Xã hội", "3861007" } };
		for (int i = 0; i < people.length; i++) {
			String[] p = people[i];
			String email = mailbox + ".cb" + (i + 1) + "@example.vn";
			officials.save(new Official(communeId).update(new OfficialForm(p[0], p[1], areaCode + p[2], email,
					"Thứ Hai - Thứ Sáu, 7:30-11:30 và 13:30-17:00", (i + 1) * 10), areaCode + p[2]));
		}
	}

}
