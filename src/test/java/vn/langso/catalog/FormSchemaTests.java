package vn.langso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FormSchemaTests {

	static final String SCHEMA = """
			{"type":"object","required":["name","born","copies"],"properties":{
			 "name":{"type":"string","title":"Họ tên","maxLength":10},
			 "born":{"type":"string","title":"Ngày sinh","format":"date"},
			 "sex":{"type":"string","title":"Giới tính","enum":["Nam","Nữ"]},
			 "copies":{"type":"integer","title":"Số bản","minimum":0,"maximum":3}}}""";

	@Test
	void acceptsAndTypesValidValues() {
		FormSchema.Checked checked = FormSchema.parse(SCHEMA)
			.check(Map.of("name", "Mai", "born", "2026-11-20", "sex", "Nữ", "copies", "2"));
		assertThat(checked.isValid()).isTrue();
		assertThat(checked.values()).containsEntry("copies", 2L).containsEntry("born", "2026-11-20");
	}

	@Test
	void namesEveryFieldAtFault() {
		FormSchema.Checked checked = FormSchema.parse(SCHEMA)
			.check(Map.of("name", "Tên quá dài để nhận", "born", "2026-02-30", "sex", "X", "copies", "9", "extra", "x"));
		assertThat(checked.problems()).extracting(FormProblem::field)
			.containsExactlyInAnyOrder("extra", "name", "born", "sex", "copies");
		assertThat(FormSchema.parse(SCHEMA).check(Map.of()).problems()).extracting(FormProblem::messageKey)
			.containsOnly("form.required");
	}

	@Test
	void refusesKeywordsItWouldNotEnforce() {
		assertThatThrownBy(() -> FormSchema.parse("""
				{"type":"object","properties":{"a":{"type":"string","minLength":3}}}"""))
			.hasMessageContaining("minLength");
		assertThatThrownBy(() -> FormSchema.parse("not json")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void certifiedCopyFeesFollowCircular226() {
		assertThat(FeeRule.CERTIFIED_COPY_PAGES.compute(0, 2000, 1, 1)).isEqualTo(2000);
		assertThat(FeeRule.CERTIFIED_COPY_PAGES.compute(0, 2000, 2, 5)).isEqualTo(2 * (4000 + 3000));
		assertThat(FeeRule.CERTIFIED_COPY_PAGES.compute(0, 2000, 1, 500)).isEqualTo(200_000);
		assertThat(FeeRule.PER_COPY.compute(0, 8000, 2, 0)).isEqualTo(16_000);
	}

	@Test
	void everyBundledProcedureHasAValidFormAndASource() {
		assertThat(CatalogSeed.bundled()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(p -> {
			FormSchema.parse(p.formSchema());
			assertThat(p.sourceNote()).isNotBlank();
			assertThat(p.workflow().stream().mapToInt(WorkflowStep::sharePercent).sum()).isEqualTo(100);
		});
		assertThat(CatalogSeed.bundled()).extracting(ProcedureForm::code)
			.contains("1.001193", "1.000656", "1.000894", "1.004873", "2.000815");
	}

}
