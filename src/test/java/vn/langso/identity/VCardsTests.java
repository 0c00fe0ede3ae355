package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * vCard 4.0 lines as RFC 6350 writes them: section 3.2 (content lines SHOULD be folded to at most 75 octets
 * excluding the line break, by inserting CRLF and a single space; multi-octet characters MUST remain
 * contiguous) and section 6.4.1 (TEL as a tel URI, its example {@code TEL;VALUE=uri;TYPE="voice,home":tel:+1-555-555-5555}).
 */
class VCardsTests {

	static final OfficialView OFFICIAL = new OfficialView(1, 1, "Nguyễn Thị Lan", "Công chức Văn phòng - Thống kê, phụ trách bộ phận một cửa",
			"0912 345 678", "lan@binhhoa.gov.vn",
			"Thứ Hai đến Thứ Sáu, sáng 7 giờ 30 đến 11 giờ 30, chiều 13 giờ 30 đến 17 giờ; sáng Thứ Bảy tiếp công dân", 1);

	@Test
	void foldsEveryPhysicalLineAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String card = VCards.of(OFFICIAL, "xã Bình Hòa, huyện Minh Hòa, tỉnh Minh Họa (nông thôn mới kiểu mẫu)");
		assertThat(card).endsWith("\r\n");
		for (String physical : card.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
			// a split UTF-8 sequence would not survive the round trip
			assertThat(new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(physical);
		}
		assertThat(card).contains("\r\n ");
		String unfolded = card.replace("\r\n ", "");
		assertThat(unfolded).contains("NOTE:Thứ Hai đến Thứ Sáu\\, sáng 7 giờ 30 đến 11 giờ 30\\, chiều 13 giờ 30 đến 17 giờ\\; "
				+ "sáng Thứ Bảy tiếp công dân\r\n");
		assertThat(unfolded).contains("TITLE:Công chức Văn phòng - Thống kê\\, phụ trách bộ phận một cửa\r\n");
	}

	@Test
	void shortLinesAreNotFolded() {
		StringBuilder card = new StringBuilder();
		VCards.line(card, "FN:" + "a".repeat(72));
		assertThat(card.toString()).isEqualTo("FN:" + "a".repeat(72) + "\r\n");
		card.setLength(0);
		VCards.line(card, "FN:" + "a".repeat(73));
		assertThat(card.toString()).isEqualTo("FN:" + "a".repeat(72) + "\r\n a\r\n");
	}

	@Test
	void phonesAreGlobalTelUris() {
		assertThat(VCards.of(OFFICIAL, "xã Bình Hòa")).contains("TEL;VALUE=uri;TYPE=\"work,voice\":tel:+84912345678\r\n");
		assertThat(VCards.telUri("0203 3812 345")).isEqualTo("tel:+842033812345");
		assertThat(VCards.telUri("+84 912 345 678")).isEqualTo("tel:+84912345678");
		assertThat(VCards.telUri("84912345678")).isEqualTo("tel:+84912345678");
	}

}
