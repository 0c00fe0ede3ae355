package vn.langso.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * The indicator definitions: read by everyone, written by administrators. A definition is checked
 * before it is saved: both figures must exist (or the denominator be a positive constant), and an
 * indicator computed by village must use figures that know the village. Saving a changed formula
 * drops the values computed with the old one; the refresher computes them again.
 */
@Service
@Transactional
public class Indicators {

	private static final String COLUMNS = "code, name_vi, name_en, pillar, component, numerator_source, "
			+ "denominator_source, factor, period_type, area_level, target, legal_source, sort_order";

	private final JdbcClient jdbc;

	private final Sources sources;

	private final Clock clock;

	Indicators(JdbcClient jdbc, Sources sources, Clock clock) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<IndicatorView> all() {
		return jdbc.sql("select " + COLUMNS + " from dashboard_indicator order by sort_order, code")
			.query(Indicators::view)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<IndicatorView> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from dashboard_indicator where code = ?")
			.param(code)
			.query(Indicators::view)
			.optional();
	}

	public IndicatorView get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("indicator " + code));
	}

	/**
	 * Creates or replaces the definition named by the form's code. Refused as a whole
	 * ({@link DefinitionRefused}) when it cannot be computed; nothing is written then.
	 */
	public IndicatorView save(CurrentUser user, IndicatorForm form) {
		if (!user.has(Role.ADMINISTRATOR)) {
			throw new ForbiddenException("indicator definitions");
		}
		check(form);
		Optional<IndicatorView> before = find(form.code());
		String numerator = form.numerator().strip();
		String denominator = form.denominator().strip();
		if (before.isPresent()) {
			jdbc.sql("""
					update dashboard_indicator set name_vi = :nameVi, name_en = :nameEn, pillar = :pillar,
					  component = :component, numerator_source = :numerator, denominator_source = :denominator,
					  factor = :factor, period_type = :periodType, area_level = :level, target = :target,
					  legal_source = :legal, updated_at = :now, updated_by = :by
					where code = :code""")
				.params(params(user, form, numerator, denominator))
				.update();
			IndicatorView old = before.get();
			if (!old.numerator().equals(numerator) || !old.denominator().equals(denominator)
					|| old.factor() != form.factor() || old.periodType() != form.periodType()
					|| old.level() != form.level()) {
				jdbc.sql("delete from dashboard_value where indicator_code = ?").param(form.code()).update();
			}
		}
		else {
			Integer last = jdbc.sql("select max(sort_order) from dashboard_indicator").query(Integer.class).single();
			jdbc.sql("insert into dashboard_indicator (" + COLUMNS + ", updated_at, updated_by) values (:code, :nameVi, "
					+ ":nameEn, :pillar, :component, :numerator, :denominator, :factor, :periodType, :level, :target, "
					+ ":legal, :sort, :now, :by)")
				.params(params(user, form, numerator, denominator))
				.param("sort", (last == null ? 0 : last) + 10)
				.update();
		}
		return get(form.code());
	}

	/** The checks of {@link #save}, for forms and the API alike. */
	void check(IndicatorForm form) {
		String numerator = form.numerator() == null ? "" : form.numerator().strip();
		String denominator = form.denominator() == null ? "" : form.denominator().strip();
		if (numerator.isEmpty()) {
			throw new DefinitionRefused("numerator", "dashboard.definition.numerator.required");
		}
		SourceView num = sources.source(numerator)
			.orElseThrow(() -> new DefinitionRefused("numerator", "dashboard.definition.source.unknown", numerator));
		if (denominator.isEmpty()) {
			throw new DefinitionRefused("denominator", "dashboard.definition.denominator.required");
		}
		Long constant = Sources.constant(denominator);
		if (constant != null && constant == 0) {
			throw new DefinitionRefused("denominator", "dashboard.definition.denominator.zero");
		}
		if (denominator.matches("[+-]?[0-9.,]+")) {
			if (constant == null) {
				throw new DefinitionRefused("denominator", "dashboard.definition.denominator.whole");
			}
		}
		else if (sources.source(denominator).isEmpty()) {
			throw new DefinitionRefused("denominator", "dashboard.definition.source.unknown", denominator);
		}
		if (Objects.equals(numerator, denominator)) {
			throw new DefinitionRefused("denominator", "dashboard.definition.denominator.same");
		}
		if (form.level() == AreaLevel.PROVINCE) {
			throw new DefinitionRefused("level", "dashboard.definition.level.province");
		}
		if (form.level() == AreaLevel.VILLAGE) {
			boolean denominatorByVillage = constant != null || sources.source(denominator).map(SourceView::villages).orElse(false);
			if (!num.villages() || !denominatorByVillage) {
				throw new DefinitionRefused("level", "dashboard.definition.level.villages");
			}
		}
	}

	private java.util.Map<String, Object> params(CurrentUser user, IndicatorForm form, String numerator,
			String denominator) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("code", form.code());
		p.put("nameVi", form.nameVi().strip());
		p.put("nameEn", form.nameEn().strip());
		p.put("pillar", form.pillar().name());
		p.put("component", form.component().name());
		p.put("numerator", numerator);
		p.put("denominator", denominator);
		p.put("factor", form.factor());
		p.put("periodType", form.periodType().name());
		p.put("level", form.level().name());
		p.put("target", form.target());
		p.put("legal", form.legalSource().strip());
		p.put("now", OffsetDateTime.now(clock));
		p.put("by", user.fullName());
		return p;
	}

	static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static IndicatorView view(ResultSet rs, int row) throws SQLException {
		return new IndicatorView(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				Pillar.valueOf(rs.getString("pillar")), VillageComponent.valueOf(rs.getString("component")),
				rs.getString("numerator_source"), rs.getString("denominator_source"), rs.getInt("factor"),
				PeriodType.valueOf(rs.getString("period_type")), AreaLevel.valueOf(rs.getString("area_level")),
				plain(rs.getBigDecimal("target")), rs.getString("legal_source"), rs.getInt("sort_order"));
	}

}
