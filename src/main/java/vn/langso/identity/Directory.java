package vn.langso.identity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;

/** The officials' public contact directory of each commune, and its upkeep by commune staff. */
@Service
@Transactional
public class Directory {

	private final OfficialRepository officials;

	private final CommuneAccess access;

	Directory(OfficialRepository officials, CommuneAccess access) {
		this.officials = officials;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<OfficialView> ofCommune(long communeId) {
		return officials.findByCommuneIdOrderBySortOrderAscFullNameAsc(communeId).stream().map(Official::view).toList();
	}

	/** A public entry, only within the commune named in the URL. */
	@Transactional(readOnly = true)
	public OfficialView publicEntry(long communeId, long officialId) {
		return officials.findById(officialId)
			.filter(o -> o.communeId() == communeId)
			.map(Official::view)
			.orElseThrow(() -> new NotFoundException("official " + officialId));
	}

	@Transactional(readOnly = true)
	public OfficialView forEditing(CurrentUser editor, long officialId) {
		Official official = officials.findById(officialId).orElseThrow(() -> new NotFoundException("official"));
		access.require(editor, official.communeId());
		return official.view();
	}

	public OfficialView add(CurrentUser editor, long communeId, OfficialForm form) {
		access.require(editor, communeId);
		return officials.save(new Official(communeId).update(form, phoneOf(form))).view();
	}

	public OfficialView change(CurrentUser editor, long officialId, OfficialForm form) {
		Official official = officials.findById(officialId).orElseThrow(() -> new NotFoundException("official"));
		access.require(editor, official.communeId());
		return official.update(form, phoneOf(form)).view();
	}

	public void remove(CurrentUser editor, long officialId) {
		Official official = officials.findById(officialId).orElseThrow(() -> new NotFoundException("official"));
		access.require(editor, official.communeId());
		officials.delete(official);
	}

	private static String phoneOf(OfficialForm form) {
		if (form.phone() == null || form.phone().isBlank()) {
			return null;
		}
		if (!PhoneNumber.isValid(form.phone())) {
			throw new InvalidInputException("validation.phone.invalid");
		}
		return PhoneNumber.parse(form.phone()).value();
	}

}
