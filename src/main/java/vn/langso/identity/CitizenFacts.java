package vn.langso.identity;

import java.util.Optional;

/**
 * What the commune's own registers already know about a citizen, so that a form never asks again
 * for it ("3 không": no paper copies, no repeated declarations). Defined here, next to the accounts,
 * and implemented by the module that keeps the register (community's household register); modules
 * that fill forms (dossier) use it without depending on that module.
 */
public interface CitizenFacts {

	/** The citizen with this CCCD in the commune's register, with their household; empty when unknown. */
	Optional<KnownCitizen> byCitizenId(long communeId, String citizenId);

}
