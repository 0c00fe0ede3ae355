package vn.langso.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * How a deployment's units come to exist outside the demo: the province administrator adds the
 * province's communes; a commune's administrator (or the province's) adds its villages.
 */
@Service
@Transactional
public class AreaAdministration {

	private final AreaRepository areas;

	private final CommuneAccess access;

	private final AuditLog audit;

	AreaAdministration(AreaRepository areas, CommuneAccess access, AuditLog audit) {
		this.areas = areas;
		this.access = access;
		this.audit = audit;
	}

	public AreaView addCommune(CurrentUser admin, AreaForm form) {
		if (!admin.isProvinceWide() || !admin.has(Role.ADMINISTRATOR)) {
			throw new ForbiddenException("only the province administrator adds communes");
		}
		requireUnused(form);
		Area commune = new Area(form.code().trim(), form.name().trim(), AreaLevel.COMMUNE, admin.provinceId());
		// the name makes the commune's public address (/xa/binh-hoa), so two communes may not share it
		if (areas.findByLevelAndSlug(AreaLevel.COMMUNE, commune.slug()).isPresent()) {
			throw new ConflictException("name");
		}
		areas.save(commune);
		audit.record(admin, commune.id(), "AREA_CREATED", "area", form.code(), form.name());
		return commune.view();
	}

	public AreaView addVillage(CurrentUser admin, long communeId, AreaForm form) {
		access.require(admin, communeId);
		areas.findById(communeId).filter(a -> a.view().level() == AreaLevel.COMMUNE)
			.orElseThrow(() -> new NotFoundException("commune " + communeId));
		requireUnused(form);
		Area candidate = new Area(form.code().trim(), form.name().trim(), AreaLevel.VILLAGE, communeId);
		if (areas.findByParentIdOrderByCode(communeId).stream().anyMatch(v -> v.slug().equals(candidate.slug()))) {
			throw new ConflictException("name");
		}
		Area village = areas.save(new Area(form.code().trim(), form.name().trim(), AreaLevel.VILLAGE, communeId));
		audit.record(admin, communeId, "AREA_CREATED", "area", form.code(), form.name());
		return village.view();
	}

	private void requireUnused(AreaForm form) {
		if (areas.findByCode(form.code().trim()).isPresent()) {
			throw new ConflictException("code");
		}
	}

}
