package vn.langso.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "feedback_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	private String keywords;

	@Column(name = "answer_days", nullable = false)
	private int answerDays;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Category() {
	}

	Category(long communeId, String code) {
		this.communeId = communeId;
		this.code = code;
		this.active = true;
	}

	Category update(CategoryForm form) {
		this.name = form.name().trim();
		this.description = form.description() == null || form.description().isBlank() ? null : form.description().trim();
		this.keywords = form.keywords() == null || form.keywords().isBlank() ? null : form.keywords().trim();
		this.answerDays = form.answerDays();
		this.active = Boolean.TRUE.equals(form.active());
		this.sortOrder = form.sortOrder();
		return this;
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	String code() {
		return code;
	}

	boolean active() {
		return active;
	}

	int answerDays() {
		return answerDays;
	}

	CategoryView view() {
		return new CategoryView(id, communeId, code, name, description, keywords, answerDays, active, sortOrder);
	}

}
