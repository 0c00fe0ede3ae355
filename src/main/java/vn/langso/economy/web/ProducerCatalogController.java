package vn.langso.economy.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.economy.FieldRefused;
import vn.langso.economy.GrowingAreaForm;
import vn.langso.economy.ProducerCatalog;
import vn.langso.economy.ProductCategory;
import vn.langso.economy.ProductForm;
import vn.langso.economy.ProductView;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/**
 * A producer's own catalogue on a phone: add and edit products (with photos) and growing areas (with the
 * outline drawn on a map), under {@code /tai-khoan/san-xuat}. Product photos are public at
 * {@code /anh-san-pham/{id}/{800|320}.jpg}.
 */
@Controller
class ProducerCatalogController {

	private static final String BASE = "/tai-khoan/san-xuat";

	private final ProducerCatalog catalog;

	ProducerCatalogController(ProducerCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(BASE + "/san-pham/moi")
	@PreAuthorize("hasRole('PRODUCER')")
	String newProduct(Model model) {
		if (!model.containsAttribute("productForm")) {
			model.addAttribute("productForm", ProductForm.empty());
		}
		model.addAttribute("categories", ProductCategory.values());
		return "economy/product-form";
	}

	@PostMapping(BASE + "/san-pham")
	@PreAuthorize("hasRole('PRODUCER')")
	String createProduct(CurrentUser user, @Valid @ModelAttribute("productForm") ProductForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ProductView product = catalog.createProduct(user, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + BASE + "/san-pham/" + product.id();
			}
			catch (InvalidInputException refused) {
				reject(errors, refused);
			}
		}
		return newProduct(model);
	}

	@GetMapping(BASE + "/san-pham/{id}")
	@PreAuthorize("hasRole('PRODUCER')")
	String editProduct(CurrentUser user, @PathVariable long id, Model model) {
		ProductView product = catalog.product(user, id);
		model.addAttribute("product", product);
		model.addAttribute("photos", catalog.photosOf(id));
		if (!model.containsAttribute("productForm")) {
			model.addAttribute("productForm", catalog.productForm(user, id));
		}
		model.addAttribute("categories", ProductCategory.values());
		return "economy/product-form";
	}

	@PostMapping(BASE + "/san-pham/{id}")
	@PreAuthorize("hasRole('PRODUCER')")
	String updateProduct(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("productForm") ProductForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				catalog.updateProduct(user, id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + BASE + "/san-pham/" + id;
			}
			catch (InvalidInputException refused) {
				reject(errors, refused);
			}
		}
		return editProduct(user, id, model);
	}

	@PostMapping(BASE + "/san-pham/{id}/anh")
	@PreAuthorize("hasRole('PRODUCER')")
	String addPhoto(CurrentUser user, @PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		try {
			catalog.addPhoto(user, id, photo == null ? null : photo.getBytes());
			redirect.addFlashAttribute("photoAdded", true);
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("photoError", refused.messageKey());
			redirect.addFlashAttribute("photoErrorArguments", refused.arguments());
		}
		return "redirect:" + BASE + "/san-pham/" + id + "#anh";
	}

	@PostMapping(BASE + "/san-pham/{id}/anh/{photoId}/xoa")
	@PreAuthorize("hasRole('PRODUCER')")
	String deletePhoto(CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
		catalog.deletePhoto(user, id, photoId);
		return "redirect:" + BASE + "/san-pham/" + id + "#anh";
	}

	@GetMapping(value = "/anh-san-pham/{photoId}/{size}.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	ResponseEntity<byte[]> photo(@PathVariable long photoId, @PathVariable int size) {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.contentType(MediaType.IMAGE_JPEG).body(catalog.photoBytes(photoId, size));
	}

	@GetMapping(BASE + "/vung-trong/moi")
	@PreAuthorize("hasRole('PRODUCER')")
	String newArea(Model model) {
		if (!model.containsAttribute("areaForm")) {
			model.addAttribute("areaForm", GrowingAreaForm.empty());
		}
		return "economy/area-form";
	}

	@PostMapping(BASE + "/vung-trong")
	@PreAuthorize("hasRole('PRODUCER')")
	String createArea(CurrentUser user, @Valid @ModelAttribute("areaForm") GrowingAreaForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				catalog.createArea(user, form);
				redirect.addFlashAttribute("areaSaved", true);
				return "redirect:" + BASE;
			}
			catch (InvalidInputException refused) {
				reject(errors, refused);
			}
		}
		return newArea(model);
	}

	@GetMapping(BASE + "/vung-trong/{id}")
	@PreAuthorize("hasRole('PRODUCER')")
	String editArea(CurrentUser user, @PathVariable long id, Model model) {
		if (!model.containsAttribute("areaForm")) {
			model.addAttribute("areaForm", catalog.areaForm(user, id));
		}
		model.addAttribute("areaId", id);
		return "economy/area-form";
	}

	@PostMapping(BASE + "/vung-trong/{id}")
	@PreAuthorize("hasRole('PRODUCER')")
	String updateArea(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("areaForm") GrowingAreaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				catalog.updateArea(user, id, form);
				redirect.addFlashAttribute("areaSaved", true);
				return "redirect:" + BASE;
			}
			catch (InvalidInputException refused) {
				reject(errors, refused);
			}
		}
		return editArea(user, id, model);
	}

	static void reject(BindingResult errors, InvalidInputException refused) {
		if (refused instanceof FieldRefused field) {
			errors.rejectValue(field.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		else {
			errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
	}

}
