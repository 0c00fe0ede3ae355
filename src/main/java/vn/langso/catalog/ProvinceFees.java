package vn.langso.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/**
 * Fees per province: lệ phí hộ tịch and several others are set by each provincial HĐND, so the
 * province administrator records the province's amounts with the resolution that sets them, and the
 * dossiers of its communes are charged those.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceFees {

	/** Far above any commune fee; a typo of three zeros is refused rather than charged. */
	static final long MAX_VND = 5_000_000;

	private final ProvinceFeeRepository fees;

	private final Catalog catalog;

	private final Clock clock;

	ProvinceFees(ProvinceFeeRepository fees, Catalog catalog, Clock clock) {
		this.fees = fees;
		this.catalog = catalog;
		this.clock = clock;
	}

	public Optional<ProvinceFeeView> of(long provinceId, String code) {
		return fees.findByProvinceIdAndProcedureCode(provinceId, code).map(ProvinceFee::view);
	}

	public List<ProvinceFeeView> ofProvince(long provinceId) {
		return fees.findByProvinceIdOrderByProcedureCode(provinceId).stream().map(ProvinceFee::view).toList();
	}

	/** The procedure as the province's communes charge it. */
	public ProcedureView in(long provinceId, ProcedureView procedure) {
		return of(provinceId, procedure.code())
			.map(f -> procedure.withFees(f.feeVnd(), f.unitFeeVnd(), f.feeNote()))
			.orElse(procedure);
	}

	/** The fee of a dossier of this procedure in a commune of the province. */
	public long feeFor(long provinceId, ProcedureView procedure, Map<String, Object> formValues) {
		return in(provinceId, procedure).feeFor(formValues);
	}

	@Transactional
	public ProvinceFeeView set(CurrentUser user, String code, long feeVnd, long unitFeeVnd, String feeNote,
			String sourceNote) {
		ProcedureImports.requireProvinceAdministrator(user);
		ProcedureView procedure = catalog.current(code);
		if (feeVnd < 0 || unitFeeVnd < 0 || feeVnd > MAX_VND || unitFeeVnd > MAX_VND) {
			throw new InvalidInputException("catalog.provinceFee.amount", MAX_VND);
		}
		if (blank(feeNote) || blank(sourceNote) || feeNote.strip().length() > 1000 || sourceNote.strip().length() > 500) {
			throw new InvalidInputException("catalog.provinceFee.missing");
		}
		ProvinceFee fee = fees.findByProvinceIdAndProcedureCode(user.provinceId(), procedure.code())
			.orElseGet(() -> new ProvinceFee(user.provinceId(), procedure.code()));
		fee.set(feeVnd, unitFeeVnd, feeNote.strip(), sourceNote.strip(), clock.instant(), user.fullName());
		return fees.save(fee).view();
	}

	/** Back to the catalogue's amounts. */
	@Transactional
	public void remove(CurrentUser user, String code) {
		ProcedureImports.requireProvinceAdministrator(user);
		fees.findByProvinceIdAndProcedureCode(user.provinceId(), code).ifPresent(fees::delete);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
