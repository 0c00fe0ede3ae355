package vn.langso.identity;

/** The two levels of local government since 2025, plus the village below the commune. */
public enum AreaLevel {

	PROVINCE, COMMUNE, VILLAGE

}
