package vn.langso.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/** Houses 1, 2, … 10, 11 of a lane come in that order in the register and on the printed plates. */
@IntegrationTest
class AddressOrderIntegrationTests {

	static final String LANE = "Ngõ 17 thứ tự";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Areas areas;

	@Test
	void theRegisterAndThePlateSheetListHouseNumbersByValue() throws Exception {
		AreaView xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow();
		for (String number : List.of("11", "2", "10", "1", "9A", "9")) {
			if (jdbc.sql("select count(*) from community_household where village_id = ? and lane = ? and house_number = ?")
				.params(xom3.id(), LANE, number).query(Long.class).single() == 0) {
				jdbc.sql("""
						insert into community_household (commune_id, village_id, lane, house_number, head_name, plate_token,
						  created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(xom3.parentId(), xom3.id(), LANE, number, "Hộ số " + number,
							UUID.randomUUID().toString().substring(0, 20), OffsetDateTime.now(), OffsetDateTime.now())
					.update();
			}
		}
		List<String> expected = List.of("1", "2", "9", "9A", "10", "11");
		var truongxom = SignIn.as(mvc, "truongxom");

		String register = mvc.perform(get("/staff/cong-dong/thon/" + xom3.id()).param("q", "17").with(truongxom))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(register).contains(LANE);
		assertThat(numbersInOrder(register, Pattern.compile(">([0-9A-Z]+), " + LANE + "<"))).isEqualTo(expected);

		byte[] pdf = mvc.perform(get("/staff/cong-dong/bien-so").param("village", String.valueOf(xom3.id()))
				.param("lane", LANE).with(truongxom)).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(numbersInOrder(text, Pattern.compile("(?m)^([0-9A-Z]+)\\s*$"))).isEqualTo(expected);
		}
	}

	private static List<String> numbersInOrder(String text, Pattern pattern) {
		Matcher m = pattern.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}
