package vn.langso.community.web;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.langso.community.HouseholdImports;
import vn.langso.community.HouseholdSheets;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** Excel in and out: template, upload with progress and per-row report, confirmation, export. */
@Controller
@RequestMapping("/staff/cong-dong")
@PreAuthorize("hasAnyRole('VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', 'COMMUNE_LEADER', 'ADMINISTRATOR')")
class ImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final HouseholdImports imports;

	private final HouseholdSheets sheets;

	private final CommuneAccess access;

	private final Areas areas;

	ImportController(HouseholdImports imports, HouseholdSheets sheets, CommuneAccess access, Areas areas) {
		this.imports = imports;
		this.sheets = sheets;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping("/nhap")
	String form(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		model.addAttribute("commune", areas.commune(access.communeFor(user, commune)));
		return "community/import";
	}

	@PostMapping("/nhap")
	String upload(CurrentUser user, @RequestParam(required = false) Long commune, @RequestParam("file") MultipartFile file,
			Model model) throws IOException {
		long communeId = access.communeFor(user, commune);
		try {
			String job = imports.start(user, communeId, file.getOriginalFilename(), file.getBytes());
			return "redirect:/staff/cong-dong/nhap/" + job;
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("commune", areas.commune(communeId));
			model.addAttribute("error", invalid.messageKey());
			model.addAttribute("errorArgs", invalid.arguments());
			return "community/import";
		}
	}

	@GetMapping("/nhap/{job}")
	String job(CurrentUser user, @PathVariable String job, Model model) {
		model.addAttribute("job", imports.status(user, job));
		return "community/import-job";
	}

	/** The progress fragment the page polls until reading has finished. */
	@GetMapping("/nhap/{job}/tien-do")
	String progress(CurrentUser user, @PathVariable String job, Model model) {
		model.addAttribute("job", imports.status(user, job));
		return "community/import-job :: progress";
	}

	@PostMapping("/nhap/{job}/xac-nhan")
	String confirm(CurrentUser user, @PathVariable String job, Model model) {
		try {
			imports.confirm(user, job);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("error", invalid.messageKey());
			model.addAttribute("errorArgs", invalid.arguments());
		}
		return "redirect:/staff/cong-dong/nhap/" + job;
	}

	@GetMapping("/mau-nhap.xlsx")
	ResponseEntity<byte[]> template() {
		return xlsx("mau-nhan-khau.xlsx", sheets.template());
	}

	@GetMapping("/xuat.xlsx")
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) Long commune) {
		return xlsx("nhan-khau.xlsx", sheets.export(user, access.communeFor(user, commune)));
	}

	static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(XLSX)
			.body(body);
	}

}
