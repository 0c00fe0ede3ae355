package vn.langso.economy;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.langso.shared.VietnameseText;

@Entity
@Table(name = "economy_product")
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long producerId;

	private String name;

	private String nameFolded;

	@Enumerated(EnumType.STRING)
	private ProductCategory category;

	private String gtin;

	private Integer ocopStars;

	private Integer ocopYear;

	private String certifications;

	private String description;

	private String photo;

	private Long priceVnd;

	private String unit;

	private boolean listed;

	private String shopLinks;

	protected Product() {
	}

	Product(long communeId, long producerId, String name, ProductCategory category, String gtin, String unit, Long priceVnd,
			String description) {
		this.communeId = communeId;
		this.producerId = producerId;
		this.name = name;
		this.nameFolded = VietnameseText.fold(name);
		this.category = category;
		this.gtin = gtin;
		this.unit = unit;
		this.priceVnd = priceVnd;
		this.description = description;
		this.listed = true;
	}

	Product ocop(int stars, int year) {
		if (stars < 1 || stars > 5) {
			throw new IllegalArgumentException("OCOP stars are 1 to 5");
		}
		this.ocopStars = stars;
		this.ocopYear = year;
		return this;
	}

	Product certified(String... names) {
		this.certifications = String.join("\n", names);
		return this;
	}

	Product photo(String path) {
		this.photo = path;
		return this;
	}

	/** The producer's edit: everything but the GTIN, which {@link Producers} checks and sets. */
	Product update(ProductForm form, String gtin, String certifications, String shopLinks) {
		this.name = form.name().strip();
		this.nameFolded = VietnameseText.fold(this.name);
		this.category = form.category();
		this.gtin = gtin;
		this.ocopStars = form.ocopStars();
		this.ocopYear = form.ocopStars() == null ? null : form.ocopYear();
		this.certifications = certifications;
		this.priceVnd = form.priceVnd();
		this.unit = form.unit().strip();
		this.description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
		this.shopLinks = shopLinks;
		this.listed = Boolean.TRUE.equals(form.listed());
		return this;
	}

	String photo() {
		return photo;
	}

	long communeId() {
		return communeId;
	}

	ProductForm form() {
		return new ProductForm(name, category, gtin, ocopStars, ocopYear, certifications == null ? "" : certifications,
				priceVnd, unit, description == null ? "" : description, shopLinks == null ? "" : shopLinks, listed);
	}

	Long id() {
		return id;
	}

	long producerId() {
		return producerId;
	}

	String gtin() {
		return gtin;
	}

	String unit() {
		return unit;
	}

	ProductView view() {
		List<String> certs = certifications == null || certifications.isBlank() ? List.of()
				: Arrays.asList(certifications.split("\n"));
		List<String> shops = shopLinks == null || shopLinks.isBlank() ? List.of()
				: Arrays.stream(shopLinks.split("\n")).filter(s -> s.startsWith("https://")).toList();
		return new ProductView(id, communeId, producerId, name, category, gtin, ocopStars, ocopYear, certs, description, photo,
				priceVnd, unit, listed, shops);
	}

}
