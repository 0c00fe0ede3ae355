package vn.langso.economy;

import java.math.BigDecimal;

/** @param polygon the outline as JSON [[lat, lng], ...], drawn with Leaflet */
public record GrowingAreaView(long id, long producerId, Long villageId, String code, String crop, BigDecimal hectares,
		String polygon) {
}
