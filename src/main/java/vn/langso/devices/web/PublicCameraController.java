package vn.langso.devices.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.langso.devices.Devices;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/** Residents watch the cameras their commune opted in to show; restricted cameras never appear here. */
@Controller
class PublicCameraController {

	private final Devices devices;

	private final Areas areas;

	PublicCameraController(Devices devices, Areas areas) {
		this.devices = devices;
		this.areas = areas;
	}

	@GetMapping("/xa/{slug}/camera")
	String cameras(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("cameras", devices.publicCameras(commune.id()));
		return "devices/cameras";
	}

}
