package vn.langso.economy;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product photo as re-encoded JPEGs (800 px and 320 px on the long edge), without any metadata. */
@Entity
@Table(name = "economy_product_photo")
class ProductPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long productId;

	private int sortOrder;

	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "bytea")
	private byte[] large;

	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "bytea")
	private byte[] small;

	private int width;

	private int height;

	private Instant createdAt;

	protected ProductPhoto() {
	}

	ProductPhoto(long communeId, long productId, int position, ProductPhotos.Encoded encoded, Instant now) {
		this.communeId = communeId;
		this.productId = productId;
		this.sortOrder = position;
		this.large = encoded.large();
		this.small = encoded.small();
		this.width = encoded.width();
		this.height = encoded.height();
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	long productId() {
		return productId;
	}

	int position() {
		return sortOrder;
	}

	byte[] large() {
		return large;
	}

	byte[] small() {
		return small;
	}

	String path() {
		return ProductPhotos.path(id, ProductPhotos.LARGE);
	}

	ProductPhotoView view() {
		return new ProductPhotoView(id, ProductPhotos.path(id, ProductPhotos.LARGE), ProductPhotos.path(id, ProductPhotos.SMALL),
				width, height);
	}

}
