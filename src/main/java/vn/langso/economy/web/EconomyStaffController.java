package vn.langso.economy.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.economy.PaymentPointForm;
import vn.langso.economy.PaymentPoints;
import vn.langso.economy.ProducerKind;
import vn.langso.economy.ProducerRegistrationForm;
import vn.langso.economy.Producers;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NavigationLink;

/**
 * Commune staff keep the economy's registries: the e-payment points (shops with QR) of each village, counted
 * for the commune's indicators, at {@code /staff/diem-thanh-toan}, and the producers at
 * {@code /staff/co-so-san-xuat}. Any staff member of the commune reads them; the roles below change them.
 */
@Controller
class EconomyStaffController {

	static final String EDITORS = "hasAnyRole('ONE_STOP_OFFICER', 'COMMUNE_LEADER', 'VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', 'ADMINISTRATOR')";

	private final Areas areas;

	private final CommuneAccess access;

	private final PaymentPoints points;

	private final Producers producers;

	EconomyStaffController(Areas areas, CommuneAccess access, PaymentPoints points, Producers producers) {
		this.areas = areas;
		this.access = access;
		this.points = points;
		this.producers = producers;
	}

	private List<AreaView> villages(long communeId) {
		return areas.childrenOf(communeId).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
	}

	@GetMapping("/staff/diem-thanh-toan")
	String paymentPoints(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", villages(communeId));
		model.addAttribute("points", points.ofCommune(communeId));
		model.addAttribute("counts", points.qrPointsByVillage(communeId));
		model.addAttribute("total", points.qrPoints(communeId));
		model.addAttribute("kinds", PaymentPointForm.KINDS);
		if (!model.containsAttribute("pointForm")) {
			model.addAttribute("pointForm", PaymentPointForm.empty());
		}
		return "economy/staff-payment-points";
	}

	@PostMapping("/staff/diem-thanh-toan")
	@PreAuthorize(EDITORS)
	String registerPoint(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("pointForm") PaymentPointForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				points.register(user, communeId, form);
				redirect.addFlashAttribute("pointSaved", form.name().strip());
				return "redirect:/staff/diem-thanh-toan" + (commune == null ? "" : "?commune=" + commune);
			}
			catch (InvalidInputException refused) {
				ProducerCatalogController.reject(errors, refused);
			}
		}
		return paymentPoints(user, commune, model);
	}

	@PostMapping("/staff/diem-thanh-toan/{id}/xoa")
	@PreAuthorize(EDITORS)
	String removePoint(CurrentUser user, @RequestParam(required = false) Long commune, @PathVariable long id,
			RedirectAttributes redirect) {
		points.remove(user, access.communeFor(user, commune), id);
		redirect.addFlashAttribute("pointRemoved", true);
		return "redirect:/staff/diem-thanh-toan" + (commune == null ? "" : "?commune=" + commune);
	}

	@GetMapping("/staff/co-so-san-xuat")
	String producers(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		AreaView area = areas.commune(communeId);
		model.addAttribute("commune", area);
		model.addAttribute("villages", villages(communeId));
		model.addAttribute("producers", producers.registryOf(communeId));
		model.addAttribute("kinds", ProducerKind.values());
		if (!model.containsAttribute("producerForm")) {
			model.addAttribute("producerForm", ProducerRegistrationForm.empty());
		}
		return "economy/staff-producers";
	}

	@PostMapping("/staff/co-so-san-xuat")
	@PreAuthorize(EDITORS)
	String registerProducer(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("producerForm") ProducerRegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				producers.register(user, communeId, form);
				redirect.addFlashAttribute("producerSaved", form.name().strip());
				return "redirect:/staff/co-so-san-xuat" + (commune == null ? "" : "?commune=" + commune);
			}
			catch (InvalidInputException refused) {
				ProducerCatalogController.reject(errors, refused);
			}
		}
		return producers(user, commune, model);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		private static final Set<String> STAFF = Role.names(Role.ONE_STOP_OFFICER, Role.COMMUNE_LEADER, Role.VILLAGE_HEAD,
				Role.DIGITAL_TEAM_MEMBER, Role.ADMINISTRATOR, Role.PROVINCE_OVERSEER);

		@Bean
		NavigationLink paymentPointsLink() {
			return new NavigationLink("nav.paymentPoints", "/staff/diem-thanh-toan", STAFF, 620);
		}

		@Bean
		NavigationLink producersLink() {
			return new NavigationLink("nav.producers", "/staff/co-so-san-xuat", STAFF, 630);
		}

	}

}
