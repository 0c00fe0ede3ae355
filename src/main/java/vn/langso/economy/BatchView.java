package vn.langso.economy;

import java.math.BigDecimal;
import java.time.Instant;

/** @param digitalLinkPath {@code /01/{gtin}/10/{lot}}: the label's URI path and the public trace page */
public record BatchView(long id, long productId, String productName, Long growingAreaId, String gtin, String lot,
		BigDecimal quantity, String uom, BatchStep lastStep, Instant createdAt, String digitalLinkPath) {
}
