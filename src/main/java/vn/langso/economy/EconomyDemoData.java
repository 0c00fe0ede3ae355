package vn.langso.economy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/**
 * Bình Hòa's products from the seed articles (Diễn pomelo, groundnut candy, mushrooms): the cooperative
 * run by the demo producer account {@code sanxuat}, a household making groundnut candy, their growing
 * areas, one pomelo batch already harvested and packed, and the e-payment points of the villages.
 * Names of people and businesses are fictional.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class EconomyDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(EconomyDemoData.class);

	private final Areas areas;

	private final Accounts accounts;

	private final ProducerRepository producers;

	private final ProductRepository products;

	private final GrowingAreaRepository growingAreas;

	private final PaymentPointRepository points;

	private final Traceability traceability;

	private final Clock clock;

	EconomyDemoData(Areas areas, Accounts accounts, ProducerRepository producers, ProductRepository products,
			GrowingAreaRepository growingAreas, PaymentPointRepository points, Traceability traceability, Clock clock) {
		this.areas = areas;
		this.accounts = accounts;
		this.producers = producers;
		this.products = products;
		this.growingAreas = growingAreas;
		this.points = points;
		this.traceability = traceability;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElse(null);
		if (binhHoa == null || producers.existsByCommuneId(binhHoa.id())) {
			return;
		}
		AreaView xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow();
		Long account = accounts.byUsername("sanxuat").map(a -> a.id()).orElse(null);
		Producer coop = producers.save(new Producer(binhHoa.id(), xom3.id(), account, ProducerKind.COOPERATIVE,
				"HTX Nông nghiệp Bình Hòa", "Hợp tác xã trồng bưởi Diễn và nấm ăn của xã, bán hàng qua trang Facebook và sàn thương mại điện tử.",
				clock.instant())
			.paidTo("970405", "3300205123456", "HTX NONG NGHIEP BINH HOA")
			.withShops("https://www.facebook.com/htxnongnghiepbinhhoa.demo", "https://shopee.vn/htxbinhhoa.demo"));
		Producer household = producers.save(new Producer(binhHoa.id(), xom3.id(), null, ProducerKind.HOUSEHOLD,
				"Cơ sở kẹo lạc Bà Tư", "Kẹo lạc truyền thống làm thủ công của một hộ gia đình xóm 3.", clock.instant())
			.paidTo("970418", "21510001234567", "CO SO KEO LAC BA TU"));
		Product pomelo = products.save(new Product(binhHoa.id(), coop.id(), "Bưởi Diễn Bình Hòa", ProductCategory.FOOD,
				Gtins.forProduct(null, coop.id(), 1), "quả", 45_000L,
				"Bưởi Diễn trồng trên đất phù sa ven biển Giao Thủy, vỏ mỏng, tép vàng, ngọt thanh.")
			.ocop(4, 2025).certified("VietGAP", "Mã số vùng trồng").photo("/img/economy/buoi-dien.svg"));
		products.save(new Product(binhHoa.id(), coop.id(), "Nấm sò tươi", ProductCategory.FOOD,
				Gtins.forProduct(null, coop.id(), 2), "kg", 60_000L, "Nấm sò trồng trong nhà lưới của hợp tác xã, thu hái mỗi sáng.")
			.ocop(3, 2024).certified("VietGAP").photo("/img/economy/nam.svg"));
		products.save(new Product(binhHoa.id(), household.id(), "Kẹo lạc Bà Tư", ProductCategory.FOOD,
				Gtins.forProduct(null, household.id(), 1), "gói", 35_000L, "Kẹo lạc mạch nha, lạc rang củi, gói 300 g.")
			.ocop(3, 2025).certified("Giấy chứng nhận cơ sở đủ điều kiện ATTP").photo("/img/economy/keo-lac.svg"));
		GrowingArea pomeloArea = growingAreas.save(new GrowingArea(binhHoa.id(), coop.id(), xom3.id(), "99001-VT-001",
				"Bưởi Diễn", new BigDecimal("3.50"),
				"[[20.2668,106.4571],[20.2679,106.4590],[20.2662,106.4604],[20.2651,106.4584]]"));
		growingAreas.save(new GrowingArea(binhHoa.id(), coop.id(), xom3.id(), "99001-VT-002", "Nấm sò (nhà lưới)",
				new BigDecimal("0.20"), "[[20.2641,106.4552],[20.2644,106.4557],[20.2640,106.4560],[20.2637,106.4555]]"));
		growingAreas.save(new GrowingArea(binhHoa.id(), household.id(), xom3.id(), "99001-VT-003", "Lạc (đậu phộng)",
				new BigDecimal("0.80"), "[[20.2690,106.4520],[20.2696,106.4531],[20.2687,106.4537],[20.2682,106.4526]]"));
		BatchView batch = traceability.createBatch(coop,
				new BatchForm(pomelo.id(), pomeloArea.id(), "BD-DEMO-01", new BigDecimal("1200")));
		LocalDateTime now = LocalDateTime.now(clock).withNano(0);
		traceability.recordStep(coop, batch.id(), new StepForm(BatchStep.PLANTING, now.minusDays(120), new BigDecimal("1200"),
				"Bón phân hữu cơ hoai mục, tỉa cành sau thu hoạch vụ trước"));
		traceability.recordStep(coop, batch.id(), new StepForm(BatchStep.HARVEST, now.minusDays(2), new BigDecimal("1200"), null));
		traceability.recordStep(coop, batch.id(), new StepForm(BatchStep.PACKING, now.minusDays(1), new BigDecimal("1150"),
				"Đóng thùng 10 quả, loại bỏ quả xấu"));
		paymentPoints(binhHoa);
		log.info("Demo economy loaded: {} products, batch {}", products.count(), batch.digitalLinkPath());
	}

	private void paymentPoints(AreaView commune) {
		String[][] shops = { { "Tạp hóa Minh Anh", "SHOP" }, { "Quán nước chè Thu", "FOOD_STALL" }, { "Cửa hàng vật tư nông nghiệp Hòa", "SHOP" },
				{ "Hiệu thuốc xóm 3", "PHARMACY" }, { "Chợ cá đầu xóm (sạp 2)", "MARKET_STALL" }, { "Tiệm cắt tóc Tuấn", "SERVICE" } };
		for (AreaView village : areas.childrenOf(commune.id())) {
			for (int i = 0; i < shops.length; i++) {
				boolean qr = i < shops.length - (village.code().endsWith("03") ? 1 : 2);
				points.save(new PaymentPoint(commune.id(), village.id(), shops[i][0] + " (" + village.name() + ")", shops[i][1], qr, null, clock.instant()));
			}
		}
	}

}
