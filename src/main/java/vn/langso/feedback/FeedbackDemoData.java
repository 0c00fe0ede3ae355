package vn.langso.feedback;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/** The six usual categories in every demo commune (roads, lighting, waste, security, public services, other). */
@Component
@Order(20)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class FeedbackDemoData implements DemoData {

	record Seed(String code, String name, String description, String keywords, int days) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("duong-giao-thong", "Đường giao thông", "Ổ gà, sụt lún, cầu cống hư hỏng", "đường, ổ gà, cầu", 5),
			new Seed("chieu-sang", "Chiếu sáng công cộng", "Đèn đường hỏng, tắt, sáng ban ngày", "đèn, chiếu sáng", 3),
			new Seed("moi-truong-rac-thai", "Môi trường, rác thải", "Rác tràn, đổ trộm, ô nhiễm, nước thải", "rác, môi trường", 3),
			new Seed("an-ninh-trat-tu", "An ninh trật tự", "Mất trật tự, tụ tập, tiếng ồn", "an ninh, trật tự", 2),
			new Seed("dich-vu-cong", "Dịch vụ công", "Thái độ phục vụ, thủ tục hành chính", "thủ tục, một cửa", 5),
			new Seed("khac", "Khác", "Các vấn đề khác", "khác", 7));

	private final CategoryRepository categories;

	private final Areas areas;

	FeedbackDemoData(CategoryRepository categories, Areas areas) {
		this.categories = categories;
		this.areas = areas;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (String code : List.of(DemoAreaCodes.BINH_HOA, DemoAreaCodes.HOANG_DONG, DemoAreaCodes.THIEN_LOC)) {
			AreaView commune = areas.byCode(code).orElse(null);
			if (commune == null || categories.existsByCommuneId(commune.id())) {
				continue;
			}
			int order = 0;
			for (Seed seed : SEEDS) {
				order += 10;
				categories.save(new Category(commune.id(), seed.code())
					.update(new CategoryForm(seed.code(), seed.name(), seed.description(), seed.keywords(), seed.days(), true, order)));
			}
		}
	}

}
