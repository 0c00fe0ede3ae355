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
 * Loads the national commune-level civil-status procedures from {@code catalog/procedures.json}
 * (reference data, not demo data: every deployment needs them). A procedure already present is left
 * alone, so an administrator's later versions are never overwritten.
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
		if (added > 0) {
			log.info("Procedure catalogue: {} national procedures loaded", added);
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
