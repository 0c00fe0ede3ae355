package vn.langso.economy;

import java.util.List;

public record ProductView(long id, long communeId, long producerId, String name, ProductCategory category, String gtin,
		Integer ocopStars, Integer ocopYear, List<String> certifications, String description, String photo, Long priceVnd,
		String unit, boolean listed, List<String> shopLinks) {

	public String stars() {
		return ocopStars == null ? "" : "★".repeat(ocopStars);
	}

}
