package vn.langso.economy;

import java.util.List;

/**
 * What a consumer sees after scanning a label: public facts only (no phone numbers, no ID numbers).
 *
 * @param area null when the batch names no growing area
 */
public record TraceView(BatchView batch, ProductView product, ProducerView producer, String communeName, String communeSlug,
		String villageName, GrowingAreaView area, List<JourneyStep> journey, String digitalLink) {
}
