package vn.langso.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.langso.catalog.ProcedureSheet.Column;
import vn.langso.catalog.ProcedureSheet.Line;
import vn.langso.shared.VietnameseText;

/**
 * Turns one line of an annex into a procedure: the deadline and fee are read from the Vietnamese text
 * ("05 ngày làm việc", "Trong ngày", "10.000 đồng/trường hợp", "2.000 đồng/trang…"), the documents one
 * per line ("(nếu có)" marks an optional one). A procedure already in the catalogue keeps its form,
 * workflow, result and document keys; the annex changes what the annex says.
 */
final class ProcedureRows {

	private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

	private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*(ngay|ngay lam viec)");

	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:dong|d\\b|vnd)");

	private static final String GENERIC_FORM = """
			{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
			 "required":["applicantName","applicantId","applicantPhone","applicantResidence","request"],
			 "properties":{
			  "applicantName":{"type":"string","title":"Họ, chữ đệm và tên người yêu cầu","maxLength":100,"x-prefill":"account.fullName"},
			  "applicantId":{"type":"string","title":"Số định danh cá nhân","pattern":"\\\\d{12}","x-prefill":"account.citizenId","x-sensitive":true},
			  "applicantPhone":{"type":"string","title":"Số điện thoại liên hệ","pattern":"0\\\\d{9,10}","x-prefill":"account.phone","x-sensitive":true},
			  "applicantResidence":{"type":"string","title":"Nơi cư trú","maxLength":200,"x-prefill":"account.residence","x-sensitive":true},
			  "request":{"type":"string","title":"Nội dung đề nghị","maxLength":1000}
			 },"additionalProperties":false}""";

	static final List<WorkflowStep> STANDARD_WORKFLOW = List.of(new WorkflowStep("RECEIVE", "ONE_STOP_OFFICER", 10),
			new WorkflowStep("PROCESS", "SPECIALIST", 60), new WorkflowStep("APPROVE", "COMMUNE_LEADER", 20),
			new WorkflowStep("RETURN", "ONE_STOP_OFFICER", 10));

	/** A line read: the procedure to publish, or why not. */
	record Parsed(int line, String code, String name, ProcedureForm form, Fee fee, String source,
			List<ImportProblem> problems) {

		boolean valid() {
			return problems.isEmpty();
		}

	}

	private ProcedureRows() {
	}

	/**
	 * @param existing the current version of the procedure with this code, if any
	 * @param defaultSource where the line was read when the sheet has no "Nguồn" column
	 */
	static Parsed parse(Line line, Optional<ProcedureView> existing, String defaultSource) {
		return parse(line, existing, defaultSource, false);
	}

	/**
	 * @param provinceFees the fee column states the province's own amounts (an annex of the province's
	 *        decision): a procedure already in the catalogue stays as it is, a new one gets no national
	 *        amount, and the line's fee is published as the province's
	 */
	static Parsed parse(Line line, Optional<ProcedureView> existing, String defaultSource, boolean provinceFees) {
		List<ImportProblem> problems = new ArrayList<>();
		String code = line.get(Column.CODE);
		String name = oneLine(line.get(Column.NAME));
		String field = oneLine(line.get(Column.FIELD));
		String legalBasis = line.get(Column.LEGAL_BASIS);
		if (!CODE.matcher(code).matches()) {
			problems.add(ImportProblem.of("catalog.import.problem.code", code));
		}
		require(name, 200, "catalog.import.column.name", problems);
		require(field, 80, "catalog.import.column.field", problems);
		require(legalBasis, 2000, "catalog.import.column.legalBasis", problems);
		String level = VietnameseText.fold(line.get(Column.LEVEL));
		if (!level.matches(".*\\b(xa|phuong|dac khu)\\b.*")) {
			problems.add(ImportProblem.of("catalog.import.problem.level", line.get(Column.LEVEL)));
		}
		Integer days = days(line.get(Column.DEADLINE));
		if (days == null) {
			problems.add(ImportProblem.of("catalog.import.problem.deadline", line.get(Column.DEADLINE)));
		}
		String feeText = oneLine(line.get(Column.FEE));
		require(feeText, 1000, "catalog.import.column.fee", problems);
		List<String> documentNames = documents(line.get(Column.DOCUMENTS));
		if (documentNames.isEmpty()) {
			problems.add(ImportProblem.of("catalog.import.problem.missing", "catalog.import.column.documents"));
		}
		else if (documentNames.stream().anyMatch(d -> d.length() > 300) || String.join("", documentNames).length() > 3000) {
			problems.add(ImportProblem.of("catalog.import.problem.tooLong", "catalog.import.column.documents"));
		}
		String source = line.get(Column.SOURCE).isBlank() ? defaultSource : line.get(Column.SOURCE);
		if (source.length() > 2000) {
			problems.add(ImportProblem.of("catalog.import.problem.tooLong", "catalog.import.column.source"));
		}
		Fee fee = fee(feeText);
		if (provinceFees && existing.isPresent() && fee.rule != existing.get().feeRule() && fee.base + fee.unit > 0) {
			problems.add(ImportProblem.of("catalog.import.problem.feeRule", feeText));
		}
		if (!problems.isEmpty()) {
			return new Parsed(line.line(), code, name, null, fee, source, problems);
		}
		Fee national = provinceFees ? existing.map(p -> new Fee(p.feeRule(), p.feeVnd(), p.unitFeeVnd(), p.feeNote()))
			.orElse(new Fee(fee.rule, 0, 0, "Mức phí do tỉnh quy định.")) : fee;
		// a province's annex does not redefine a national procedure: only its fee is the province's
		ProcedureForm form = existing.map(p -> provinceFees ? asItIs(p)
				: update(p, name, field, legalBasis, documentNames, national, days, source))
			.orElseGet(() -> new ProcedureForm(code, name, field, legalBasis, documents(documentNames, List.of()),
					national.rule, national.base, national.unit, national.text, days, line.get(Column.DEADLINE),
					ServiceLevel.PARTLY_ONLINE, resultName(name), GENERIC_FORM, STANDARD_WORKFLOW, null, source, false));
		return new Parsed(line.line(), code, name, form, fee, source, List.of());
	}

	private static ProcedureForm update(ProcedureView p, String name, String field, String legalBasis,
			List<String> documentNames, Fee fee, int days, String source) {
		// a rule that needs the form's fields (copies, pages) stays; a fixed fee takes the annex's amount
		boolean fixed = p.feeRule() == FeeRule.FIXED && fee.rule == FeeRule.FIXED;
		// the catalogue may write "(nếu có)" in a name or only in the flag: both say the same
		boolean sameDocuments = p.documents().stream().map(d -> withoutOptionalMark(d.name()) + "|" + (d.required() && !optional(d.name())))
			.toList().equals(documentNames.stream().map(n -> withoutOptionalMark(n) + "|" + !optional(n)).toList());
		return new ProcedureForm(p.code(), name, field, legalBasis,
				sameDocuments ? p.documents() : documents(documentNames, p.documents()), p.feeRule(),
				fixed ? fee.base : p.feeVnd(), fixed ? fee.unit : p.unitFeeVnd(), fee.text, days, p.processingNote(),
				p.serviceLevel(), p.resultName(), p.form().json(), p.workflow(), p.sourceUrl(), source, p.verified());
	}

	private static ProcedureForm asItIs(ProcedureView p) {
		return new ProcedureForm(p.code(), p.name(), p.field(), p.legalBasis(), p.documents(), p.feeRule(), p.feeVnd(),
				p.unitFeeVnd(), p.feeNote(), p.processingDays(), p.processingNote(), p.serviceLevel(), p.resultName(),
				p.form().json(), p.workflow(), p.sourceUrl(), p.sourceNote(), p.verified());
	}

	/** Whether publishing the form would change what the catalogue says of the procedure. */
	static boolean changes(ProcedureForm form, ProcedureView current) {
		return !(form.name().equals(current.name()) && form.field().equals(current.field())
				&& form.legalBasis().equals(current.legalBasis()) && form.documents().equals(current.documents())
				&& form.feeVnd() == current.feeVnd() && form.unitFeeVnd() == current.unitFeeVnd()
				&& java.util.Objects.equals(form.feeNote(), current.feeNote())
				&& form.processingDays() == current.processingDays() && form.sourceNote().equals(current.sourceNote()));
	}

	/** "Trong ngày", "Ngay trong ngày", "05 ngày làm việc", "5": working days, or null if unreadable. */
	static Integer days(String text) {
		String folded = VietnameseText.fold(text == null ? "" : text);
		if (folded.matches("\\d{1,3}")) {
			int n = Integer.parseInt(folded);
			return n <= 90 ? n : null;
		}
		Matcher m = DAYS.matcher(folded);
		if (m.find()) {
			int n = Integer.parseInt(m.group(1));
			return n <= 90 ? n : null;
		}
		return folded.contains("trong ngay") || folded.contains("ngay khi") || folded.contains("tra ngay") ? 0 : null;
	}

	record Fee(FeeRule rule, long base, long unit, String text) {
	}

	/** The first amount in đồng, by page (certified copies), by copy, or fixed; none stated is zero. */
	static Fee fee(String text) {
		String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
		Matcher m = AMOUNT.matcher(folded);
		if (!m.find()) {
			return new Fee(FeeRule.FIXED, 0, 0, text);
		}
		long amount = Long.parseLong(m.group(1).replaceAll("[.,]", ""));
		String after = folded.substring(m.end()).stripLeading();
		if (after.startsWith("/trang") || after.startsWith("/ trang")) {
			return new Fee(FeeRule.CERTIFIED_COPY_PAGES, 0, amount, text);
		}
		if (after.startsWith("/ban") || after.startsWith("/ ban")) {
			return new Fee(FeeRule.PER_COPY, 0, amount, text);
		}
		return new Fee(FeeRule.FIXED, amount, 0, text);
	}

	static List<String> documents(String cell) {
		List<String> names = new ArrayList<>();
		for (String line : cell.split("\\R")) {
			String name = line.strip().replaceFirst("^([-+•*]|\\d{1,2}[.)])\\s*", "").strip();
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	/** Keys stay those of the procedure's current documents by position, so its form keeps working. */
	private static List<ProcedureDocument> documents(List<String> names, List<ProcedureDocument> current) {
		List<ProcedureDocument> documents = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String key = i < current.size() ? current.get(i).key() : "doc" + (i + 1);
			String name = names.get(i);
			documents.add(new ProcedureDocument(key, withoutOptionalMark(name), !optional(name)));
		}
		return documents;
	}

	private static boolean optional(String name) {
		return VietnameseText.fold(name).endsWith("(neu co)");
	}

	private static String withoutOptionalMark(String name) {
		return optional(name) ? name.substring(0, name.lastIndexOf('(')).strip() : name;
	}

	private static void require(String value, int max, String columnKey, List<ImportProblem> problems) {
		if (value.isBlank()) {
			problems.add(ImportProblem.of("catalog.import.problem.missing", columnKey));
		}
		else if (value.length() > max) {
			problems.add(ImportProblem.of("catalog.import.problem.tooLong", columnKey));
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

	private static String resultName(String name) {
		String result = "Kết quả giải quyết thủ tục " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return result.length() <= 200 ? result : result.substring(0, 199) + "…";
	}

}
