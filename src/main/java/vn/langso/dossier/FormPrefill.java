package vn.langso.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import vn.langso.catalog.FormField;
import vn.langso.catalog.ProcedureView;
import vn.langso.identity.AccountView;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenFacts;
import vn.langso.identity.KnownCitizen;

/**
 * "3 không": the form starts from what the system already knows, so the citizen only types what is new.
 * A field's {@code x-prefill} names the source:
 * <ul>
 * <li>{@code account.fullName|phone|citizenId} — the signed-in account;</li>
 * <li>{@code account.residence} — the household's address in the commune's register, else the account's
 * village and commune;</li>
 * <li>{@code earlier.<field>} (or {@code register.<field>}) — for the parents' fields of a birth
 * registration ({@code motherName}, {@code motherBirthYear}, {@code motherResidence} and the same for
 * the father) the applicant and their spouse from the household register, by sex; otherwise, and when
 * the register does not know, the applicant's last submitted dossier.</li>
 * </ul>
 * The register answers only when the account's CCCD is proven ({@link AccountView#citizenIdProven()}:
 * VNeID sign-in or the one-stop desk); a number that was only typed gets the account's own data.
 * The schema's default applies when no source has a value. The register is read through
 * {@link CitizenFacts} (identity's interface, implemented by community), so dossier does not depend on
 * the module that keeps it; without an implementation only the account and earlier dossiers are used.
 */
@Component
class FormPrefill {

	private final DossierRepository dossiers;

	private final Areas areas;

	private final ObjectProvider<CitizenFacts> facts;

	FormPrefill(DossierRepository dossiers, Areas areas, ObjectProvider<CitizenFacts> facts) {
		this.dossiers = dossiers;
		this.areas = areas;
		this.facts = facts;
	}

	Map<String, String> values(AccountView account, ProcedureView procedure) {
		Optional<KnownCitizen> known = known(account);
		Map<String, Object> earlier = dossiers.findByApplicantIdOrderByCreatedAtDesc(account.id()).stream()
			.filter(d -> d.status() != DossierStatus.DRAFT).findFirst()
			.map(d -> Dossiers.JSON.readValue(d.formJson(), new TypeReference<LinkedHashMap<String, Object>>() {
			}))
			.<Map<String, Object>>map(m -> m).orElse(Map.of());
		Map<String, String> values = new LinkedHashMap<>();
		for (FormField field : procedure.form().fields()) {
			String value = field.prefill() == null ? null : source(field.prefill(), account, known, earlier);
			if (value == null) {
				value = field.defaultValue();
			}
			if (value != null) {
				values.put(field.name(), value);
			}
		}
		return values;
	}

	private String source(String prefill, AccountView account, Optional<KnownCitizen> known, Map<String, Object> earlier) {
		return switch (prefill) {
			case "account.fullName" -> account.fullName();
			case "account.phone" -> account.phone();
			case "account.citizenId" -> account.citizenId();
			case "account.residence" -> known.map(KnownCitizen::address).orElseGet(() -> residenceOf(account));
			default -> {
				int dot = prefill.indexOf('.');
				String name = prefill.substring(dot + 1);
				String fromRegister = known.map(k -> fromRegister(name, k)).orElse(null);
				Object fromEarlier = prefill.startsWith("earlier.") ? earlier.get(name) : null;
				yield fromRegister != null ? fromRegister : fromEarlier == null ? null : String.valueOf(fromEarlier);
			}
		};
	}

	/** The parents of a child being registered: the applicant and their spouse, told apart by sex. */
	private static String fromRegister(String field, KnownCitizen citizen) {
		KnownCitizen.Relative self = new KnownCitizen.Relative(citizen.fullName(), citizen.birthDate(), citizen.sex());
		KnownCitizen.Relative spouse = citizen.spouse();
		KnownCitizen.Relative mother = citizen.sex() == KnownCitizen.Sex.FEMALE ? self
				: spouse != null && spouse.sex() == KnownCitizen.Sex.FEMALE ? spouse : null;
		KnownCitizen.Relative father = citizen.sex() == KnownCitizen.Sex.MALE ? self
				: spouse != null && spouse.sex() == KnownCitizen.Sex.MALE ? spouse : null;
		return switch (field) {
			case "motherName" -> mother == null ? null : mother.fullName();
			case "motherBirthYear" -> mother == null || mother.birthDate() == null ? null
					: String.valueOf(mother.birthDate().getYear());
			case "motherResidence" -> mother == null ? null : citizen.address();
			case "fatherName" -> father == null ? null : father.fullName();
			case "fatherBirthYear" -> father == null || father.birthDate() == null ? null
					: String.valueOf(father.birthDate().getYear());
			case "fatherResidence" -> father == null ? null : citizen.address();
			case "address", "residence" -> citizen.address();
			default -> null;
		};
	}

	private Optional<KnownCitizen> known(AccountView account) {
		CitizenFacts register = facts.getIfAvailable();
		// a CCCD someone only typed may be a neighbour's: the register opens for proven links only
		if (register == null || account.communeId() == null || !account.citizenIdProven()) {
			return Optional.empty();
		}
		return register.byCitizenId(account.communeId(), account.citizenId());
	}

	private String residenceOf(AccountView account) {
		List<String> parts = new ArrayList<>();
		if (account.villageId() != null) {
			areas.byId(account.villageId()).map(AreaView::name).ifPresent(parts::add);
		}
		if (account.communeId() != null) {
			AreaView commune = areas.commune(account.communeId());
			parts.add(commune.name());
			if (commune.parentId() != null) {
				areas.byId(commune.parentId()).map(AreaView::name).ifPresent(parts::add);
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
