package vn.langso.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.langso.shared.ConflictException;

/** One problem a resident reported, with its handling. The reporter's phone and name never leave staff pages. */
@Entity
@Table(name = "feedback_report")
class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "category_id", nullable = false)
	private long categoryId;

	@Column(name = "tracking_code", nullable = false)
	private String trackingCode;

	@Column(nullable = false)
	private String description;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	private String address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	@Column(nullable = false)
	private String source;

	@Column(name = "reporter_account_id")
	private Long reporterAccountId;

	@Column(name = "reporter_phone")
	private String reporterPhone;

	@Column(name = "reporter_name")
	private String reporterName;

	@Column(name = "show_name", nullable = false)
	private boolean showName;

	@Column(name = "photos_public", nullable = false)
	private boolean photosPublic;

	@Column(name = "assignee_account_id")
	private Long assigneeAccountId;

	@Column(name = "assignee_name")
	private String assigneeName;

	private LocalDate deadline;

	private String answer;

	@Column(name = "answered_by")
	private String answeredBy;

	private Integer rating;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	protected Report() {
	}

	Report(long communeId, Long villageId, long categoryId, String trackingCode, String description, Double latitude,
			Double longitude, String address, String source, Instant now) {
		this.communeId = communeId;
		this.villageId = villageId;
		this.categoryId = categoryId;
		this.trackingCode = trackingCode;
		this.description = description;
		this.latitude = latitude == null ? null : BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
		this.longitude = longitude == null ? null : BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
		this.address = address;
		this.source = source;
		this.status = ReportStatus.NEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Report reportedBy(Long accountId, String phone, String name, boolean showName) {
		this.reporterAccountId = accountId;
		this.reporterPhone = phone;
		this.reporterName = name;
		this.showName = showName && name != null;
		return this;
	}

	void assign(long accountId, String name, LocalDate deadline, Instant now) {
		if (status == ReportStatus.CLOSED) {
			throw new ConflictException("closed");
		}
		this.assigneeAccountId = accountId;
		this.assigneeName = name;
		this.deadline = deadline;
		this.escalatedAt = null;
		if (status == ReportStatus.NEW) {
			status = ReportStatus.ASSIGNED;
		}
		this.updatedAt = now;
	}

	void answer(String text, String by, Instant now) {
		if (status == ReportStatus.CLOSED) {
			throw new ConflictException("closed");
		}
		this.answer = text;
		this.answeredBy = by;
		if (answeredAt == null) {
			this.answeredAt = now;
		}
		this.status = ReportStatus.ANSWERED;
		this.updatedAt = now;
	}

	void close(Instant now) {
		if (status == ReportStatus.CLOSED) {
			throw new ConflictException("closed");
		}
		this.status = ReportStatus.CLOSED;
		this.closedAt = now;
		this.updatedAt = now;
	}

	void reopen(Instant now) {
		if (status != ReportStatus.CLOSED) {
			throw new ConflictException("not closed");
		}
		this.status = assigneeAccountId == null ? ReportStatus.NEW : ReportStatus.ASSIGNED;
		this.closedAt = null;
		this.updatedAt = now;
	}

	void rate(int stars, String comment, Instant now) {
		if (answer == null) {
			throw new ConflictException("not answered");
		}
		this.rating = stars;
		this.ratingComment = comment;
		this.updatedAt = now;
	}

	void escalated(Instant now) {
		this.escalatedAt = now;
		this.updatedAt = now;
	}

	void publishPhotos(boolean visible, Instant now) {
		this.photosPublic = visible;
		this.updatedAt = now;
	}

	boolean overdue(LocalDate today) {
		return deadline != null && answeredAt == null && status.isOpen() && today.isAfter(deadline);
	}

	Long id() {
		return id;
	}

	boolean photosPublic() {
		return photosPublic;
	}

	long communeId() {
		return communeId;
	}

	Long villageId() {
		return villageId;
	}

	long categoryId() {
		return categoryId;
	}

	ReportStatus status() {
		return status;
	}

	Long reporterAccountId() {
		return reporterAccountId;
	}

	String reporterPhone() {
		return reporterPhone;
	}

	Long assigneeAccountId() {
		return assigneeAccountId;
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant escalatedAt() {
		return escalatedAt;
	}

	String trackingCode() {
		return trackingCode;
	}

	Double latitude() {
		return latitude == null ? null : latitude.doubleValue();
	}

	Double longitude() {
		return longitude == null ? null : longitude.doubleValue();
	}

	ReportView view(CategoryView category, String villageName, LocalDate today) {
		return new ReportView(id, communeId, trackingCode, category.code(), category.name(), villageId, villageName,
				description, latitude(), longitude(), address, status, source, showName ? reporterName : null,
				photosPublic, assigneeAccountId, assigneeName, deadline, overdue(today), answer, answeredBy, rating,
				ratingComment, createdAt, updatedAt, answeredAt, closedAt, escalatedAt);
	}

	ReporterView reporter() {
		return new ReporterView(reporterAccountId, reporterName, reporterPhone, showName);
	}

}
