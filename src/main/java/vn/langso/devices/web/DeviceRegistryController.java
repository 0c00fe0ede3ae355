package vn.langso.devices.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.devices.DeviceForm;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.Devices;
import vn.langso.devices.RegisteredDevice;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;
import vn.langso.shared.NotFoundException;

/** The commune's device registry: map, status, alerts; registering and describing devices. */
@Controller
@RequestMapping("/staff/thiet-bi")
@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'DIGITAL_TEAM_MEMBER', 'PROVINCE_OVERSEER')")
class DeviceRegistryController {

	private final Devices devices;

	private final CommuneAccess access;

	private final Areas areas;

	DeviceRegistryController(Devices devices, CommuneAccess access, Areas areas) {
		this.devices = devices;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String registry(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villageNames", villages(communeId).stream()
			.collect(java.util.stream.Collectors.toMap(AreaView::id, AreaView::name)));
		model.addAttribute("devices", devices.inCommune(communeId));
		model.addAttribute("counts", devices.statusCounts(communeId));
		model.addAttribute("alerts", devices.alerts(communeId));
		return "devices/registry";
	}

	@GetMapping("/moi")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String newDevice(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		return form(communeId, DeviceForm.empty(), model);
	}

	@PostMapping("/moi")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String register(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("device") DeviceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (form.villageId() != null && !areas.isVillageOf(form.villageId(), communeId)) {
			errors.rejectValue("villageId", "devices.validation.village");
		}
		if (errors.hasErrors()) {
			return form(communeId, form, model);
		}
		try {
			RegisteredDevice registered = devices.register(communeId, form);
			redirect.addFlashAttribute("secret", registered.secret());
			return "redirect:/staff/thiet-bi/" + registered.device().id();
		}
		catch (ConflictException taken) {
			errors.rejectValue("code", "devices.error.codeTaken");
			return form(communeId, form, model);
		}
	}

	@GetMapping("/{id}")
	String device(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		var device = devices.device(communeId, id);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("device", device);
		model.addAttribute("village", areas.byId(device.villageId()).map(AreaView::name).orElse(""));
		model.addAttribute("commands", devices.recentCommands(communeId, id));
		return "devices/device";
	}

	/**
	 * The page the cultural house's LED board (a screen with a browser, signed in as staff) shows: a wall
	 * of the village's cameras, played as HLS in the browser. Boards not set to show cameras say so.
	 */
	@GetMapping("/{id}/man-hinh")
	String board(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		var board = devices.device(communeId, id);
		if (board.kind() != DeviceKind.LED_BOARD) {
			throw new NotFoundException("board " + id);
		}
		model.addAttribute("board", board);
		model.addAttribute("village", areas.byId(board.villageId()).map(AreaView::name).orElse(""));
		model.addAttribute("cameras", devices.ofKindIn(communeId, DeviceKind.CAMERA, List.of(board.villageId())).stream()
			.filter(camera -> camera.streamUrl() != null && !camera.streamUrl().isBlank())
			.toList());
		return "devices/led-board";
	}

	@PostMapping("/{id}/bi-mat-moi")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String newSecret(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune,
			RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		redirect.addFlashAttribute("secret", devices.newSecret(communeId, id));
		return "redirect:/staff/thiet-bi/" + id;
	}

	private String form(long communeId, DeviceForm form, Model model) {
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", villages(communeId));
		model.addAttribute("kinds", DeviceKind.values());
		model.addAttribute("device", form);
		return "devices/device-form";
	}

	private List<AreaView> villages(long communeId) {
		return areas.childrenOf(communeId).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
	}

}
