package vn.langso.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a commune's public contact directory ("công khai thông tin liên lạc của cán bộ"). */
@Entity
@Table(name = "identity_official")
class Official {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id", nullable = false)
	private Long communeId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(nullable = false)
	private String position;

	private String phone;

	private String email;

	@Column(name = "office_hours")
	private String officeHours;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Official() {
	}

	Official(long communeId) {
		this.communeId = communeId;
	}

	Official update(OfficialForm form, String normalizedPhone) {
		this.fullName = form.fullName().trim();
		this.position = form.position().trim();
		this.phone = normalizedPhone;
		this.email = blankToNull(form.email());
		this.officeHours = blankToNull(form.officeHours());
		this.sortOrder = form.sortOrder() == null ? 100 : form.sortOrder();
		return this;
	}

	OfficialView view() {
		return new OfficialView(id, communeId, fullName, position, phone, email, officeHours, sortOrder);
	}

	Long communeId() {
		return communeId;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
