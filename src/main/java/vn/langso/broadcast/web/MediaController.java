package vn.langso.broadcast.web;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.broadcast.AudioFiles;

/** The audio loudspeakers fetch (and people replay on the portal): public, by unguessable file name. */
@RestController
class MediaController {

	private final AudioFiles audio;

	MediaController(AudioFiles audio) {
		this.audio = audio;
	}

	@GetMapping("/media/broadcast/{name}")
	ResponseEntity<FileSystemResource> audio(@PathVariable String name) {
		return audio.file(name)
			.map(file -> ResponseEntity.ok()
				.contentType(type(file))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)))
				.body(new FileSystemResource(file)))
			.orElse(ResponseEntity.notFound().build());
	}

	private static MediaType type(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".wav")) {
			return MediaType.parseMediaType("audio/wav");
		}
		if (name.endsWith(".mp3")) {
			return MediaType.parseMediaType("audio/mpeg");
		}
		if (name.endsWith(".ogg")) {
			return MediaType.parseMediaType("audio/ogg");
		}
		return MediaType.parseMediaType("audio/mp4");
	}

}
