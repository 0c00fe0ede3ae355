package vn.langso.dossier;

import java.util.EnumSet;
import java.util.Set;

import static vn.langso.dossier.DossierStatus.*;

/**
 * Every move of the workflow: the statuses it starts from, where it leads, which step of the
 * procedure's workflow template performs it (its role comes from the template; {@code null} means the
 * applicant) and whether the actor must say why.
 */
public enum DossierAction {

	SUBMIT(null, EnumSet.of(DRAFT), SUBMITTED, false),
	RECEIVE("RECEIVE", EnumSet.of(SUBMITTED), RECEIVED, false),
	REFUSE("RECEIVE", EnumSet.of(SUBMITTED, RECEIVED), REFUSED, true),
	REQUEST_SUPPLEMENT("RECEIVE", EnumSet.of(SUBMITTED, RECEIVED), SUPPLEMENT_REQUESTED, true),
	RESUBMIT(null, EnumSet.of(SUPPLEMENT_REQUESTED), SUBMITTED, false),
	HAND_OVER("RECEIVE", EnumSet.of(RECEIVED), IN_PROCESS, false),
	PROCESS("PROCESS", EnumSet.of(IN_PROCESS), IN_PROCESS, true),
	REQUEST_SUPPLEMENT_IN_PROCESS("PROCESS", EnumSet.of(IN_PROCESS), SUPPLEMENT_REQUESTED, true),
	/** Refusal after review (phiếu từ chối giải quyết hồ sơ): the specialist finds the request cannot be granted. */
	REFUSE_IN_PROCESS("PROCESS", EnumSet.of(IN_PROCESS), REFUSED, true),
	SUBMIT_FOR_APPROVAL("PROCESS", EnumSet.of(IN_PROCESS), AWAITING_APPROVAL, false),
	APPROVE("APPROVE", EnumSet.of(AWAITING_APPROVAL), APPROVED, false),
	/** The leader decides against the request submitted for approval, with the reason. */
	REFUSE_AT_APPROVAL("APPROVE", EnumSet.of(AWAITING_APPROVAL), REFUSED, true),
	RETURN_FOR_REWORK("APPROVE", EnumSet.of(AWAITING_APPROVAL), IN_PROCESS, true),
	ISSUE_RESULT("APPROVE", EnumSet.of(APPROVED), RESULT_ISSUED, false),
	RETURN_RESULT("RETURN", EnumSet.of(RESULT_ISSUED), RETURNED, false),
	APOLOGIZE("RETURN", EnumSet.copyOf(DossierStatus.CLOCK_RUNNING), null, true),
	REVOKE_RESULT("APPROVE", EnumSet.of(RESULT_ISSUED, RETURNED), null, true);

	private final String step;

	private final Set<DossierStatus> from;

	private final DossierStatus to;

	private final boolean needsComment;

	DossierAction(String step, Set<DossierStatus> from, DossierStatus to, boolean needsComment) {
		this.step = step;
		this.from = from;
		this.to = to;
		this.needsComment = needsComment;
	}

	/** The workflow step whose role performs it; {@code null} for the applicant's own moves. */
	public String step() {
		return step;
	}

	public boolean allowedFrom(DossierStatus status) {
		return from.contains(status);
	}

	/** The status after the move; {@code null} when the move keeps the status (apology, revocation). */
	public DossierStatus to() {
		return to;
	}

	public boolean needsComment() {
		return needsComment;
	}

	public boolean byApplicant() {
		return step == null;
	}

	/** The URL form of the action, e.g. {@code request-supplement}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static DossierAction fromSlug(String slug) {
		for (DossierAction action : values()) {
			if (action.slug().equals(slug)) {
				return action;
			}
		}
		throw new vn.langso.shared.NotFoundException("action " + slug);
	}

}
