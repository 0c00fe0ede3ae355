package vn.langso.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.catalog.FormProblem;
import vn.langso.dossier.Upload;

/** Reading the dynamic form (fields {@code f_<name>}, files {@code doc_<key>}) and its problems. */
final class WebForms {

	private WebForms() {
	}

	static Map<String, String> values(Map<String, String[]> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach((name, given) -> {
			if (name.startsWith("f_") && given.length > 0) {
				values.put(name.substring(2), given[0]);
			}
		});
		return values;
	}

	static List<Upload> uploads(MultipartHttpServletRequest request) {
		List<Upload> uploads = new ArrayList<>();
		for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
			if (part.getKey().startsWith("doc_") && !part.getValue().isEmpty()) {
				try {
					uploads.add(new Upload(part.getKey().substring(4), part.getValue().getOriginalFilename(),
							part.getValue().getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	/** Problems by field, as Vietnamese (or English) text. */
	static Map<String, String> messages(List<FormProblem> problems, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FormProblem problem : problems) {
			byField.merge(problem.field(), messages.getMessage(problem.messageKey(), problem.arguments(),
					problem.messageKey(), locale), (a, b) -> a + " " + b);
		}
		return byField;
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
