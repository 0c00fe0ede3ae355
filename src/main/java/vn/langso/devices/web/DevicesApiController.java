package vn.langso.devices.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.devices.CommandType;
import vn.langso.devices.CommandView;
import vn.langso.devices.DeviceView;
import vn.langso.devices.Devices;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/**
 * REST API of the device registry and its commands, with the device pages' roles: anyone who sees the
 * registry may read it; broadcast operators and administrators send commands. Scoped to the caller's commune.
 */
@RestController
@RequestMapping("/api/v1/devices")
class DevicesApiController {

	static final String READ = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'DIGITAL_TEAM_MEMBER', 'PROVINCE_OVERSEER')";

	static final String COMMAND = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')";

	/** A command for one device: its type and the arguments that type takes. */
	record CommandRequest(@NotNull CommandType type, Map<String, Object> arguments) {
	}

	private final Devices devices;

	private final CommuneAccess access;

	DevicesApiController(Devices devices, CommuneAccess access) {
		this.devices = devices;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize(READ)
	List<DeviceView> devices(CurrentUser user, @RequestParam(required = false) Long commune) {
		return devices.inCommune(access.communeFor(user, commune));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READ)
	DeviceView device(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		return devices.device(access.communeFor(user, commune), id);
	}

	@GetMapping("/{id}/commands")
	@PreAuthorize(READ)
	List<CommandView> commands(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		long communeId = access.communeFor(user, commune);
		devices.device(communeId, id);
		return devices.recentCommands(communeId, id);
	}

	/** Queues the command (202): the device acknowledges it over MQTT later, visible in the command's status. */
	@PostMapping("/{id}/commands")
	@PreAuthorize(COMMAND)
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<List<CommandView>> send(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune,
			@Valid @RequestBody CommandRequest command) {
		long communeId = access.communeFor(user, commune);
		devices.device(communeId, id);
		List<CommandView> sent = devices.send(communeId, List.of(id), command.type(), command.arguments(),
				"api-" + UUID.randomUUID(), false);
		return ResponseEntity.accepted().body(sent);
	}

}
