package vn.langso.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of a report, already re-encoded without its EXIF metadata. */
@Entity
@Table(name = "feedback_photo")
class Photo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(nullable = false)
	private byte[] data;

	protected Photo() {
	}

	Photo(long reportId, long communeId, Photos.Cleaned cleaned) {
		this.reportId = reportId;
		this.communeId = communeId;
		this.contentType = cleaned.contentType();
		this.width = cleaned.width();
		this.height = cleaned.height();
		this.data = cleaned.bytes();
	}

	Long id() {
		return id;
	}

	long reportId() {
		return reportId;
	}

	String contentType() {
		return contentType;
	}

	byte[] data() {
		return data;
	}

}
