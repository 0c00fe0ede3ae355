package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/** Staff keep the registry of e-payment points per village and register producers; producers have a public profile. */
@IntegrationTest
class EconomyStaffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	PaymentPoints points;

	@Autowired
	ProducerRepository producers;

	AreaView binhHoa() {
		return areas.communeBySlug("binh-hoa");
	}

	AreaView villageOf(AreaView commune) {
		return areas.childrenOf(commune.id()).stream().filter(a -> a.level() == AreaLevel.VILLAGE).findFirst().orElseThrow();
	}

	AreaView otherCommune() {
		// another test may add communes without villages, so take a neighbour that has villages
		return areas.communes().stream()
			.filter(c -> !c.slug().equals("binh-hoa"))
			.filter(c -> areas.childrenOf(c.id()).stream().anyMatch(a -> a.level() == AreaLevel.VILLAGE))
			.findFirst().orElseThrow();
	}

	@Test
	void staffRegisterAPaymentPointPerVillageAndTheIndicatorCountsIt() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		long communeId = binhHoa().id();
		AreaView village = villageOf(binhHoa());
		long before = points.qrPoints(communeId);
		mvc.perform(get("/staff/diem-thanh-toan").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<!DOCTYPE html>")))
			.andExpect(content().string(containsString("Tạp hóa Minh Anh")))
			.andExpect(content().string(containsString("Tổng số điểm nhận VietQR: " + before)));
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(officer).param("villageId", String.valueOf(village.id()))
				.param("name", "Quầy rau sạch Bích").param("kind", "MARKET_STALL").param("acceptsVietQr", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(points.qrPoints(communeId)).isEqualTo(before + 1);
		mvc.perform(get("/xa/binh-hoa/thanh-toan-qr")).andExpect(content().string(containsString("Tổng số điểm nhận VietQR: " + (before + 1))));

		long id = points.ofCommune(communeId).stream().filter(p -> p.name().equals("Quầy rau sạch Bích")).findFirst().orElseThrow().id();
		mvc.perform(post("/staff/diem-thanh-toan/{id}/xoa", id).with(csrf()).with(SignIn.as(mvc, "motcua.hoangdong")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staff/diem-thanh-toan/{id}/xoa", id).with(csrf()).with(officer)).andExpect(status().is3xxRedirection());
		assertThat(points.qrPoints(communeId)).isEqualTo(before);
	}

	@Test
	void aPaymentPointWithoutNameOrFromAnotherCommunesVillageIsRefusedAndNothingIsSaved() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		long communeId = binhHoa().id();
		int before = points.ofCommune(communeId).size();
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(officer).param("villageId", String.valueOf(villageOf(binhHoa()).id()))
				.param("name", " ").param("kind", "SHOP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên điểm bán không được trống")));
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(officer).param("villageId", String.valueOf(villageOf(otherCommune()).id()))
				.param("name", "Tạp hóa lạ").param("kind", "SHOP"))
			.andExpect(content().string(containsString("Thôn, xóm không thuộc xã này.")));
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(officer).param("name", "Tạp hóa lạ").param("kind", "CASINO"))
			.andExpect(content().string(containsString("Chọn thôn, xóm.")))
			.andExpect(content().string(containsString("Chọn loại điểm bán.")));
		assertThat(points.ofCommune(communeId)).hasSize(before);
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(SignIn.as(mvc, "hotich"))
				.param("villageId", String.valueOf(villageOf(binhHoa()).id())).param("name", "X").param("kind", "SHOP"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/diem-thanh-toan").param("commune", String.valueOf(communeId)).with(SignIn.as(mvc, "motcua.hoangdong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/diem-thanh-toan").with(SignIn.as(mvc, "0912345678"))).andExpect(status().isForbidden());
	}

	MockHttpServletRequestBuilder producer(RequestPostProcessor officer, String name, String phone, String bankBin, String bankAccount,
			String payee, String gs1) {
		return post("/staff/co-so-san-xuat").with(csrf()).with(officer).param("name", name).param("kind", "HOUSEHOLD")
			.param("villageId", String.valueOf(villageOf(binhHoa()).id())).param("description", "Làm bánh gai truyền thống")
			.param("phone", phone).param("gs1Prefix", gs1).param("bankBin", bankBin).param("bankAccount", bankAccount)
			.param("payeeName", payee).param("shopLinks", "https://www.facebook.com/banhgai.demo");
	}

	@Test
	void staffRegisterAProducerWhosePublicProfileNeverShowsThePhone() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		mvc.perform(producer(officer, "Cơ sở bánh gai Bà Nụ", "0912 000 111", "970405", "3300111222333", "NGUYEN THI NU", ""))
			.andExpect(status().is3xxRedirection());
		Producer saved = producers.findByCommuneIdOrderByName(binhHoa().id()).stream()
			.filter(p -> p.view().name().equals("Cơ sở bánh gai Bà Nụ")).findFirst().orElseThrow();
		assertThat(saved.contactPhone()).isEqualTo("0912000111");
		assertThat(saved.view().acceptsVietQr()).isTrue();
		mvc.perform(get("/staff/co-so-san-xuat").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<!DOCTYPE html>")))
			.andExpect(content().string(containsString("Cơ sở bánh gai Bà Nụ")))
			.andExpect(content().string(containsString("0912000111")))
			.andExpect(content().string(containsString("HTX Nông nghiệp Bình Hòa")));
		mvc.perform(get("/xa/binh-hoa/co-so/{id}", saved.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<!DOCTYPE html>")))
			.andExpect(content().string(containsString("Cơ sở bánh gai Bà Nụ")))
			.andExpect(content().string(containsString("https://www.facebook.com/banhgai.demo")))
			.andExpect(content().string(not(containsString("0912000111"))))
			.andExpect(content().string(not(containsString("3300111222333"))));
		mvc.perform(get("/xa/{slug}/co-so/{id}", otherCommune().slug(), saved.id())).andExpect(status().isNotFound());
	}

	@Test
	void aProducerWithABadPhoneHalfABankAccountOrAForeignGs1PrefixIsRefusedAndNothingIsSaved() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		long before = producers.count();
		mvc.perform(producer(officer, "Cơ sở A", "12345", "", "", "", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Số điện thoại không hợp lệ")));
		mvc.perform(producer(officer, "Cơ sở A", "0912000112", "970405", "", "", ""))
			.andExpect(content().string(containsString("Nhập đủ mã ngân hàng, số tài khoản và tên chủ tài khoản")));
		mvc.perform(producer(officer, "Cơ sở A", "0912000112", "", "", "", "4006381"))
			.andExpect(content().string(containsString("Mã doanh nghiệp GS1 Việt Nam bắt đầu bằng 893")));
		mvc.perform(producer(officer, "", "0912000112", "", "", "", ""))
			.andExpect(content().string(containsString("Nhập tên cơ sở sản xuất.")));
		assertThat(producers.count()).isEqualTo(before);
	}

	@Test
	void theDemoCooperativesProfileShowsItsProductsAndGrowingAreas() throws Exception {
		long coop = producers.findByCommuneIdOrderByName(binhHoa().id()).stream()
			.filter(p -> p.view().name().equals("HTX Nông nghiệp Bình Hòa")).findFirst().orElseThrow().id();
		mvc.perform(get("/xa/binh-hoa/co-so/{id}", coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bưởi Diễn Bình Hòa")))
			.andExpect(content().string(containsString("99001-VT-001")))
			.andExpect(content().string(not(containsString("0978000111"))));
		mvc.perform(get("/xa/binh-hoa/cho")).andExpect(status().isOk());
	}

	@Test
	void aVillageHeadKeepsThePaymentPointsOfTheirOwnVillageOnly() throws Exception {
		RequestPostProcessor head = SignIn.as(mvc, "truongxom");
		long communeId = binhHoa().id();
		AreaView own = areas.byCode(vn.langso.identity.DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow();
		AreaView other = areas.childrenOf(communeId).stream().filter(a -> a.level() == AreaLevel.VILLAGE && a.id() != own.id())
			.findFirst().orElseThrow();
		int before = points.ofCommune(communeId).size();
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(head).param("villageId", String.valueOf(other.id()))
				.param("name", "Tạp hóa xóm khác").param("kind", "SHOP").param("acceptsVietQr", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trưởng thôn chỉ quản lý điểm thanh toán của thôn, xóm mình.")));
		assertThat(points.ofCommune(communeId)).hasSize(before);
		long otherPoint = points.ofCommune(communeId).stream().filter(p -> p.villageId() == other.id()).findFirst().orElseThrow().id();
		mvc.perform(post("/staff/diem-thanh-toan/{id}/xoa", otherPoint).with(csrf()).with(head)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/diem-thanh-toan").with(csrf()).with(head).param("villageId", String.valueOf(own.id()))
				.param("name", "Quán bún chả Hạnh").param("kind", "FOOD_STALL").param("acceptsVietQr", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(points.ofCommune(communeId)).hasSize(before + 1);
		long added = points.ofCommune(communeId).stream().filter(p -> p.name().equals("Quán bún chả Hạnh")).findFirst().orElseThrow().id();
		mvc.perform(post("/staff/diem-thanh-toan/{id}/xoa", added).with(csrf()).with(head)).andExpect(status().is3xxRedirection());
		assertThat(points.ofCommune(communeId)).hasSize(before);
	}

}
