package vn.langso.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the national commune-level procedures (reference data, not demo data: every deployment needs
 * them): first those with a full application form from {@code catalog/procedures.json}, then the
 * commune list of {@code catalog/commune-procedures.csv}, read by the importer administrators use (the
 * decision-annex layout, each line with its source). A procedure already present is left alone, so an
 * administrator's later versions are never overwritten.
 */
@Component
@Order(5)
class CatalogSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

	private final Catalog catalog;

	private final ProcedureRepository procedures;

	CatalogSeed(Catalog catalog, ProcedureRepository procedures) {
		this.catalog = catalog;
		this.procedures = procedures;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		for (ProcedureForm form : bundled()) {
			if (!procedures.existsByCode(form.code())) {
				catalog.publish(form, "catalogue seed");
				added++;
			}
		}
		for (ProcedureRows.Parsed line : communeList()) {
			if (!procedures.existsByCode(line.code())) {
				catalog.publish(line.form(), "catalogue seed");
				added++;
			}
		}
		if (added > 0) {
			log.info("Procedure catalogue: {} national procedures loaded", added);
		}
	}

	/** The bundled commune list; a line that does not read is a bug of the file, so it stops the start. */
	static List<ProcedureRows.Parsed> communeList() {
		try (InputStream in = CatalogSeed.class.getResourceAsStream("/catalog/commune-procedures.csv")) {
			List<ProcedureRows.Parsed> lines = ProcedureSheet.read(in.readAllBytes()).lines().stream()
				.map(line -> ProcedureRows.parse(line, java.util.Optional.empty(), "commune-procedures.csv"))
				.toList();
			lines.stream().filter(l -> !l.valid()).findFirst().ifPresent(l -> {
				throw new IllegalStateException("commune-procedures.csv line " + l.line() + ": " + l.problems());
			});
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<ProcedureForm> bundled() {
		try (InputStream in = CatalogSeed.class.getResourceAsStream("/catalog/procedures.json")) {
			// the file keeps each form schema as a JSON object, readable; the catalogue stores it as text
			List<ObjectNode> entries = FormSchema.JSON.readValue(in, new TypeReference<>() {
			});
			return entries.stream().map(entry -> {
				entry.put("formSchema", entry.get("formSchema").toString());
				return FormSchema.JSON.treeToValue(entry, ProcedureForm.class);
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
