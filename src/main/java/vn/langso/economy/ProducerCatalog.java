package vn.langso.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NotFoundException;

/**
 * A producer's own catalogue, kept on a phone: products (GTIN with its check digit, OCOP stars and year,
 * certifications, price, shop links, up to six photos) and growing areas with the outline drawn on a map.
 * Every command is one transaction; a refusal names its field and nothing is saved. A change drops the
 * trace pages that show it ({@link TracePages}).
 */
@Service
@Transactional(readOnly = true)
public class ProducerCatalog {

	static final int MAX_SHOP_LINKS = 5;

	static final int MAX_CERTIFICATIONS = 8;

	static final int MAX_POINTS = 200;

	private final Producers producers;

	private final ProductRepository products;

	private final GrowingAreaRepository areas;

	private final BatchRepository batches;

	private final ProductPhotoRepository photos;

	private final TracePages tracePages;

	private final Clock clock;

	ProducerCatalog(Producers producers, ProductRepository products, GrowingAreaRepository areas, BatchRepository batches,
			ProductPhotoRepository photos, TracePages tracePages, Clock clock) {
		this.producers = producers;
		this.products = products;
		this.areas = areas;
		this.batches = batches;
		this.photos = photos;
		this.tracePages = tracePages;
		this.clock = clock;
	}

	// products

	public ProductForm productForm(CurrentUser user, long productId) {
		return ownProduct(producers.of(user), productId).form();
	}

	public ProductView product(CurrentUser user, long productId) {
		return ownProduct(producers.of(user), productId).view();
	}

	@Transactional
	public ProductView createProduct(CurrentUser user, ProductForm form) {
		Producer producer = producers.of(user);
		checkOcop(form);
		String gtin = gtin(form.gtin(), null);
		if (gtin == null) {
			int item = (int) products.countByProducerId(producer.id()) + 1;
			gtin = Gtins.forProduct(producer.gs1Prefix(), producer.id(), item);
			while (products.findByGtin(gtin).isPresent()) {
				gtin = Gtins.forProduct(producer.gs1Prefix(), producer.id(), ++item);
			}
		}
		Product product = new Product(producer.communeId(), producer.id(), form.name().strip(), form.category(), gtin,
				form.unit().strip(), form.priceVnd(), null);
		product.update(form, gtin, certifications(form), shopLinks(form.shopLinks()));
		return products.save(product).view();
	}

	@Transactional
	public ProductView updateProduct(CurrentUser user, long productId, ProductForm form) {
		Product product = ownProduct(producers.of(user), productId);
		String gtin = gtin(form.gtin(), product);
		if (gtin == null) {
			gtin = product.gtin();
		}
		if (!gtin.equals(product.gtin()) && batches.countByProducerIdAndProductId(product.producerId(), productId) > 0) {
			throw new FieldRefused("gtin", "economy.product.gtinHasBatches");
		}
		checkOcop(form);
		product.update(form, gtin, certifications(form), shopLinks(form.shopLinks()));
		tracePages.productChanged(productId);
		return product.view();
	}

	/** The GTIN typed (8, 12, 13 or 14 digits, padded to 14), checked; null when left empty. */
	private String gtin(String typed, Product current) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.replaceAll("[\\s.-]", "");
		if (!digits.matches("\\d{8}|\\d{12,14}")) {
			throw new FieldRefused("gtin", "economy.product.gtinFormat");
		}
		String gtin = "0".repeat(14 - digits.length()) + digits;
		if (!Gtins.isValid(gtin)) {
			throw new FieldRefused("gtin", "economy.product.gtinCheckDigit", Gtins.checkDigit(gtin.substring(0, 13)));
		}
		products.findByGtin(gtin).filter(other -> current == null || !other.id().equals(current.id())).ifPresent(other -> {
			throw new FieldRefused("gtin", "economy.product.gtinTaken");
		});
		return gtin;
	}

	private void checkOcop(ProductForm form) {
		if (form.ocopStars() == null) {
			return;
		}
		int thisYear = Year.now(clock).getValue();
		if (form.ocopYear() == null || form.ocopYear() < 2018 || form.ocopYear() > thisYear) {
			throw new FieldRefused("ocopYear", "economy.product.ocopYear", thisYear);
		}
	}

	private static String certifications(ProductForm form) {
		List<String> lines = lines(form.certifications());
		if (lines.size() > MAX_CERTIFICATIONS || lines.stream().anyMatch(line -> line.length() > 60)) {
			throw new FieldRefused("certifications", "economy.product.certifications", MAX_CERTIFICATIONS);
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** Shop addresses: https only, a host, at most five. */
	static String shopLinks(String typed) {
		List<String> lines = lines(typed);
		if (lines.size() > MAX_SHOP_LINKS) {
			throw new FieldRefused("shopLinks", "economy.product.shopLinksCount", MAX_SHOP_LINKS);
		}
		for (String line : lines) {
			try {
				URI uri = new URI(line);
				if (!"https".equals(uri.getScheme()) || uri.getHost() == null || line.length() > 200) {
					throw new FieldRefused("shopLinks", "economy.product.shopLink", line);
				}
			}
			catch (java.net.URISyntaxException ex) {
				throw new FieldRefused("shopLinks", "economy.product.shopLink", line);
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}

	private Product ownProduct(Producer producer, long productId) {
		return products.findById(productId).filter(p -> p.producerId() == producer.id())
			.orElseThrow(() -> new NotFoundException("product " + productId));
	}

	// photos

	public List<ProductPhotoView> photosOf(long productId) {
		return photos.findByProductIdOrderBySortOrderAscIdAsc(productId).stream().map(ProductPhoto::view).toList();
	}

	@Transactional
	public ProductPhotoView addPhoto(CurrentUser user, long productId, byte[] upload) {
		Product product = ownProduct(producers.of(user), productId);
		List<ProductPhoto> existing = photos.findByProductIdOrderBySortOrderAscIdAsc(productId);
		if (existing.size() >= ProductPhotos.MAX_PHOTOS) {
			throw new FieldRefused("photo", "economy.photo.tooMany", ProductPhotos.MAX_PHOTOS);
		}
		ProductPhotos.Encoded encoded = ProductPhotos.encode(upload);
		int position = existing.isEmpty() ? 1 : existing.getLast().position() + 1;
		ProductPhoto photo = photos.save(new ProductPhoto(product.communeId(), productId, position, encoded, clock.instant()));
		coverPhoto(product);
		return photo.view();
	}

	@Transactional
	public void deletePhoto(CurrentUser user, long productId, long photoId) {
		Product product = ownProduct(producers.of(user), productId);
		ProductPhoto photo = photos.findById(photoId).filter(p -> p.productId() == productId)
			.orElseThrow(() -> new NotFoundException("photo " + photoId));
		photos.delete(photo);
		photos.flush();
		coverPhoto(product);
	}

	/** The product's picture on the catalogue is its first photo (or the one it had before any upload). */
	private void coverPhoto(Product product) {
		List<ProductPhoto> all = photos.findByProductIdOrderBySortOrderAscIdAsc(product.id());
		String current = product.photo();
		if (!all.isEmpty()) {
			product.photo(all.getFirst().path());
		}
		else if (current != null && current.startsWith("/anh-san-pham/")) {
			product.photo(null);
		}
		tracePages.productChanged(product.id());
	}

	/** A photo's JPEG bytes in one of the two sizes, for the public image address. */
	public byte[] photoBytes(long photoId, int size) {
		ProductPhoto photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo " + photoId));
		return switch (size) {
			case ProductPhotos.LARGE -> photo.large();
			case ProductPhotos.SMALL -> photo.small();
			default -> throw new NotFoundException("size " + size);
		};
	}

	// growing areas

	public GrowingAreaForm areaForm(CurrentUser user, long areaId) {
		return ownArea(producers.of(user), areaId).form();
	}

	@Transactional
	public GrowingAreaView createArea(CurrentUser user, GrowingAreaForm form) {
		Producer producer = producers.of(user);
		String code = areaCode(form.code(), null);
		GrowingArea area = new GrowingArea(producer.communeId(), producer.id(), producer.view().villageId(), code,
				form.crop().strip(), hectares(form.hectares()), polygon(form.polygon()));
		return areas.save(area).view();
	}

	@Transactional
	public GrowingAreaView updateArea(CurrentUser user, long areaId, GrowingAreaForm form) {
		GrowingArea area = ownArea(producers.of(user), areaId);
		String code = areaCode(form.code(), area);
		area.update(code, form.crop().strip(), hectares(form.hectares()), polygon(form.polygon()));
		tracePages.areaChanged(areaId);
		return area.view();
	}

	private String areaCode(String typed, GrowingArea current) {
		String code = typed.strip().toUpperCase(Locale.ROOT);
		areas.findByCode(code).filter(other -> current == null || !other.id().equals(current.id())).ifPresent(other -> {
			throw new FieldRefused("code", "economy.area.codeTaken", code);
		});
		if (current != null && !code.equals(current.code()) && batches.existsByGrowingAreaId(current.id())) {
			throw new FieldRefused("code", "economy.area.codeHasBatches");
		}
		return code;
	}

	private static BigDecimal hectares(BigDecimal typed) {
		return typed.setScale(2, RoundingMode.HALF_UP);
	}

	/** The outline as drawn: a JSON list of 3 to 200 [lat, lng] points in range, written back compactly. */
	static String polygon(String typed) {
		JsonNode points;
		try {
			points = EpcisJson.MAPPER.readTree(typed);
		}
		catch (RuntimeException ex) {
			throw new FieldRefused("polygon", "economy.area.polygon");
		}
		if (points == null || !points.isArray() || points.size() < 3 || points.size() > MAX_POINTS) {
			throw new FieldRefused("polygon", "economy.area.polygon");
		}
		List<String> written = new ArrayList<>();
		for (JsonNode point : points) {
			if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
				throw new FieldRefused("polygon", "economy.area.polygon");
			}
			double lat = point.get(0).asDouble();
			double lng = point.get(1).asDouble();
			if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
				throw new FieldRefused("polygon", "economy.area.polygon");
			}
			written.add("[" + round(lat) + "," + round(lng) + "]");
		}
		String json = "[" + String.join(",", written) + "]";
		if (json.length() > 4000) {
			throw new FieldRefused("polygon", "economy.area.polygonLength");
		}
		return json;
	}

	private static String round(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private GrowingArea ownArea(Producer producer, long areaId) {
		return areas.findById(areaId).filter(a -> a.producerId() == producer.id())
			.orElseThrow(() -> new NotFoundException("growing area " + areaId));
	}

}
