package vn.langso.broadcast.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.broadcast.RadioSchedules;
import vn.langso.broadcast.Recurrence;
import vn.langso.broadcast.ScheduleForm;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.Devices;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** The radio: a week's calendar of programmes per cluster, scheduling, and the programme library. */
@Controller
@RequestMapping("/staff/truyen-thanh")
@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'PROVINCE_OVERSEER')")
class RadioController {

	private final RadioSchedules radio;

	private final Devices devices;

	private final CommuneAccess access;

	private final Areas areas;

	private final Clock clock;

	RadioController(RadioSchedules radio, Devices devices, CommuneAccess access, Areas areas, Clock clock) {
		this.radio = radio;
		this.devices = devices;
		this.access = access;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/lich")
	String calendar(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		long communeId = access.communeFor(user, commune);
		return calendar(communeId, from, ScheduleForm.empty(), model);
	}

	@PostMapping("/lich")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String schedule(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("schedule") ScheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				radio.schedule(communeId, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/truyen-thanh/lich";
			}
			catch (InvalidInputException | NotFoundException refused) {
				errors.reject(refused instanceof InvalidInputException invalid ? invalid.messageKey() : "broadcast.error.cluster");
			}
		}
		return calendar(communeId, null, form, model);
	}

	@PostMapping("/lich/{id}/huy")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String cancel(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		radio.cancel(access.communeFor(user, commune), id);
		return "redirect:/staff/truyen-thanh/lich";
	}

	@GetMapping("/chuong-trinh")
	String library(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("programmes", radio.library(communeId));
		return "broadcast/library";
	}

	@PostMapping("/chuong-trinh")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')")
	String upload(CurrentUser user, @RequestParam(required = false) Long commune, @RequestParam String title,
			@RequestParam(required = false) String text, @RequestParam(name = "audio", required = false) MultipartFile audio,
			Model model, RedirectAttributes redirect) throws IOException {
		long communeId = access.communeFor(user, commune);
		String problem = null;
		if (title == null || title.isBlank() || title.length() > 200 || title.contains("<") || title.contains(">")) {
			problem = "broadcast.validation.title";
		}
		else {
			try {
				if (audio != null && !audio.isEmpty()) {
					radio.addProgramme(communeId, title, audio.getBytes());
				}
				else if (text != null && !text.isBlank() && text.length() <= 4000) {
					radio.addSpokenProgramme(communeId, title, text);
				}
				else {
					problem = "broadcast.error.audioOrText";
				}
			}
			catch (InvalidInputException invalid) {
				problem = invalid.messageKey();
			}
		}
		if (problem != null) {
			model.addAttribute("commune", areas.commune(communeId));
			model.addAttribute("programmes", radio.library(communeId));
			model.addAttribute("problem", problem);
			model.addAttribute("programmeTitle", title);
			return "broadcast/library";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/truyen-thanh/chuong-trinh";
	}

	private String calendar(long communeId, LocalDate from, ScheduleForm form, Model model) {
		LocalDate start = from == null ? LocalDate.now(clock) : from;
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("days", radio.week(communeId, start));
		model.addAttribute("schedules", radio.active(communeId));
		model.addAttribute("clusters", devices.ofKind(communeId, DeviceKind.LOUDSPEAKER_CLUSTER));
		model.addAttribute("programmes", radio.library(communeId));
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("schedule", form);
		model.addAttribute("previousWeek", start.minusDays(7));
		model.addAttribute("nextWeek", start.plusDays(7));
		return "broadcast/calendar";
	}

}
