package vn.langso.community;

import java.util.List;

/**
 * The columns of the household sheet, with the headers communes actually write. Headers are matched
 * folded (no diacritics, no spaces or punctuation), so "Số CCCD", "so cccd" and "SỐ CĂN CƯỚC" all
 * find the CCCD column. Listed most specific first: "Có điện thoại thông minh" before "Điện thoại".
 */
enum SheetColumn {

	VILLAGE("Thôn/Xóm", true, "thonxom", "thon", "xom", "village", "khudancu", "thonto"),
	LANE("Ngõ/Đường", false, "ngoduong", "ngo", "duong", "lane", "ngoxom", "duongngo"),
	HOUSE_NUMBER("Số nhà", true, "sonha", "nha", "housenumber", "sonhaso"),
	FULL_NAME("Họ và tên", true, "hovaten", "hoten", "ten", "fullname", "name", "hotennhankhau"),
	RELATION("Quan hệ với chủ hộ", false, "quanhevoichuho", "quanhe", "relation", "quanhechuho"),
	BIRTH_DATE("Ngày sinh", false, "ngaysinh", "ngaythangnamsinh", "birthdate", "dob", "namsinh"),
	GENDER("Giới tính", false, "gioitinh", "gender", "phai"),
	CITIZEN_ID("Số CCCD", false, "socccd", "cccd", "cancuoc", "socancuoc", "sodinhdanh", "sodinhdanhcanhan",
			"citizenid", "cmndcccd", "socmndcccd"),
	SMARTPHONE("Có điện thoại thông minh", false, "codienthoaithongminh", "dienthoaithongminh", "smartphone",
			"dtdd thongminh"),
	PHONE("Số điện thoại", false, "sodienthoai", "dienthoai", "sdt", "phone", "didong"),
	EPAYMENT("Có tài khoản thanh toán điện tử", false, "cotaikhoanthanhtoandientu", "taikhoanthanhtoandientu",
			"taikhoanthanhtoan", "thanhtoandientu", "epayment"),
	VNEID("VNeID mức 2", false, "vneidmuc2", "vneid", "dinhdanhmuc2", "dinhdanhdientumuc2", "taikhoandinhdanhmuc2"),
	ONLINE_SERVICES("Dùng dịch vụ công trực tuyến", false, "dungdichvucongtructuyen", "dichvucongtructuyen",
			"dichvucong", "dvctt", "onlineservices"),
	TRAINED_ON("Ngày tập huấn", false, "ngaytaphuan", "taphuan", "dataphuan", "trainedon", "ngayboiduong"),
	TRAINED_BY("Người tập huấn", false, "nguoitaphuan", "trainedby", "donvitaphuan");

	private final String header;

	private final boolean required;

	private final List<String> names;

	SheetColumn(String header, boolean required, String... names) {
		this.header = header;
		this.required = required;
		this.names = List.of(names);
	}

	String header() {
		return header;
	}

	boolean required() {
		return required;
	}

	/** True when the (normalised) header names this column exactly, by one of its known names. */
	boolean matchesExactly(String normalised) {
		return names.stream().map(SheetColumn::normalise).anyMatch(normalised::equals);
	}

	/** True when the header contains one of this column's longer names ("Số CCCD/CMND của người..."). */
	boolean matchesLoosely(String normalised) {
		return names.stream().map(SheetColumn::normalise).filter(n -> n.length() >= 5).anyMatch(normalised::contains);
	}

	static String normalise(String header) {
		return vn.langso.shared.VietnameseText.fold(header).replaceAll("[^a-z0-9]", "");
	}

}
