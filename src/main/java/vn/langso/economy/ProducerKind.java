package vn.langso.economy;

/** Hộ sản xuất, hợp tác xã, doanh nghiệp. */
public enum ProducerKind {
	HOUSEHOLD, COOPERATIVE, ENTERPRISE
}
