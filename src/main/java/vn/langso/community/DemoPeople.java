package vn.langso.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional villagers for the demo register: households of one to seven people with plausible
 * names, ages, CCCD numbers consistent with birth year and sex, and digital indicators drawn with
 * the shares a village asks for. Deterministic (seeded), so every start builds the same village.
 */
final class DemoPeople {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Mai", "Lương", "Tạ" };

	private static final String[] MALE_MIDDLE = { "Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Xuân", "Thanh" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Ngọc", "Thu", "Minh", "Thanh", "Hồng" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hòa",
			"Huy", "Khang", "Khoa", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài",
			"Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Vượng" };

	private static final String[] FEMALE_GIVEN = { "Anh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
			"Hằng", "Hiền", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân",
			"Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu", "Trang", "Tuyết", "Yến" };

	/** Shares of residents (of those old enough) with each indicator. */
	record Shares(double smartphone, double epayment, double vneid, double online) {
	}

	private final Random random;

	private final int provinceCode;

	private final Set<String> citizenIds;

	private final LocalDate today;

	DemoPeople(long seed, int provinceCode, Set<String> citizenIds, LocalDate today) {
		this.random = new Random(seed);
		this.provinceCode = provinceCode;
		this.citizenIds = citizenIds;
		this.today = today;
	}

	/** Exactly {@code residents} people in exactly {@code households} households, lanes of about 24 houses. */
	List<NewResident> village(long villageId, int households, int residents, Shares shares) {
		int[] sizes = new int[households];
		java.util.Arrays.fill(sizes, 1);
		for (int extra = residents - households; extra > 0; extra--) {
			int h;
			do {
				h = random.nextInt(households);
			}
			while (sizes[h] >= 7);
			sizes[h]++;
		}
		List<NewResident> people = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int h = 0; h < households; h++) {
			String lane = "Ngõ " + (h / 24 + 1);
			String number = String.valueOf(h % 24 * 2 + 1);
			String family = pick(FAMILY);
			boolean headMale = random.nextDouble() < 0.8;
			int headYear = 1950 + random.nextInt(42);
			String head = null;
			for (int m = 0; m < sizes[h]; m++) {
				Relation relation = m == 0 ? Relation.HEAD : m == 1 && sizes[h] > 2 ? Relation.SPOUSE
						: m >= 5 ? Relation.PARENT : Relation.CHILD;
				boolean male = switch (relation) {
					case HEAD -> headMale;
					case SPOUSE -> !headMale;
					default -> random.nextBoolean();
				};
				int year = switch (relation) {
					case HEAD -> headYear;
					case SPOUSE -> headYear + random.nextInt(7) - 3;
					case PARENT -> headYear - 22 - random.nextInt(10);
					default -> Math.min(today.getYear() - 1, headYear + 20 + random.nextInt(16));
				};
				LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
				String surname = relation == Relation.SPOUSE || relation == Relation.PARENT && !male ? pick(FAMILY) : family;
				String name;
				String key;
				do {
					name = surname + " " + (male ? pick(MALE_MIDDLE) : pick(FEMALE_MIDDLE)) + " "
							+ (male ? pick(MALE_GIVEN) : pick(FEMALE_GIVEN));
					key = h + "|" + name + "|" + birth;
				}
				while (!keys.add(key));
				if (head == null) {
					head = name;
				}
				int age = today.getYear() - year;
				boolean adult = age >= 15;
				people.add(new NewResident(villageId, lane, number, head, name, relation, birth,
						male ? Gender.MALE : Gender.FEMALE, age >= 14 ? citizenId(year, male) : null,
						adult && random.nextDouble() < 0.8 ? phone() : null, age >= 12 && chance(shares.smartphone()),
						adult && chance(shares.epayment()), age >= 14 && chance(shares.vneid()),
						adult && chance(shares.online()), null, null));
			}
		}
		return people;
	}

	String citizenId(int birthYear, boolean male) {
		int century = (birthYear / 100 - 19) * 2 + (male ? 0 : 1);
		String id;
		do {
			id = String.format("%03d%d%02d%06d", provinceCode, century, birthYear % 100, random.nextInt(1_000_000));
		}
		while (!citizenIds.add(id));
		return id;
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String phone() {
		String[] prefixes = { "090", "091", "093", "094", "096", "097", "098", "086", "088", "035", "038" };
		return pick(prefixes) + String.format("%07d", random.nextInt(10_000_000));
	}

	private boolean chance(double share) {
		return random.nextDouble() < share;
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

}
