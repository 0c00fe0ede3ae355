package vn.langso.economy;

/** The six OCOP product groups of QĐ 148/QĐ-TTg (2023). */
public enum ProductCategory {
	FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM
}
