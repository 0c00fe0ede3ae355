package vn.langso.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.langso.shared.VietnameseText;

@Entity
@Table(name = "identity_area")
class Area {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_folded", nullable = false)
	private String nameFolded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AreaLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false)
	private String slug;

	protected Area() {
	}

	Area(String code, String name, AreaLevel level, Long parentId) {
		this.code = code;
		this.name = name;
		this.nameFolded = VietnameseText.fold(name);
		this.level = level;
		this.parentId = parentId;
		this.slug = VietnameseText.slug(name.replaceFirst("^(?i)(xã|phường|thị trấn|tỉnh|thành phố) ", ""));
	}

	AreaView view() {
		return new AreaView(id, code, name, level, parentId, slug);
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String slug() {
		return slug;
	}

}
