package io.gongxin.catalog.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * Chinese wording for the reasons the catalog's value types and {@link DraftValidation}
 * give in English (their messages are shared with the API and the seed migration, so they
 * stay as they are). The original text follows in brackets: it names the codes involved.
 * Unknown messages pass through unchanged.
 */
final class DraftReasons {

	private static final Map<String, Reason> KNOWN = new LinkedHashMap<>();

	/** A reason's Chinese wording and the form input it concerns (null for none). */
	private record Reason(String text, String input) {
	}

	/**
	 * Names of required record components, as {@code Objects.requireNonNull} reports
	 * them.
	 */
	private static final Map<String, Reason> REQUIRED = Map.ofEntries(Map.entry("code", new Reason("代码", "code")),
			Map.entry("name", new Reason("名称", "name")), Map.entry("type", new Reason("数据类型", "type")),
			Map.entry("requirement", new Reason("填报要求", "requirement")),
			Map.entry("field", new Reason("条件所依据的数据项", "conditionField")),
			Map.entry("operator", new Reason("条件运算", "conditionOperator")),
			Map.entry("values", new Reason("条件取值", "conditionValues")), Map.entry("origin", new Reason("来源", "origin")),
			Map.entry("legalBasis", new Reason("设立依据", "legalBasisText")),
			Map.entry("text", new Reason("设立依据", "legalBasisText")), Map.entry("nature", new Reason("信息性质", "nature")),
			Map.entry("publicity", new Reason("公示规则", null)), Map.entry("disclosure", new Reason("公开方式", "disclosure")),
			Map.entry("tier", new Reason("失信程度", null)), Map.entry("label", new Reason("名称", "name")),
			Map.entry("entries", new Reason("取值", "entries")), Map.entry("fields", new Reason("数据项", null)));

	static {
		KNOWN.put("category code must be", new Reason("信息类别代码须为2至32位大写字母、数字或下划线，以字母开头", "code"));
		KNOWN.put("category name must have", new Reason("信息类别名称须为1至100个字符", "name"));
		KNOWN.put("a category must concern at least one subject type", new Reason("信息类别至少须适用于一种主体类型", "subjectTypes"));
		KNOWN.put("a category needs at least one field", new Reason("信息类别至少须有一个数据项", "firstFieldCode"));
		KNOWN.put("duplicate field", new Reason("数据项代码重复", "code"));
		KNOWN.put("two fields play the role", new Reason("两个数据项不能承担同一用途", "role"));
		KNOWN.put("depends on unknown field", new Reason("条件所依据的数据项不存在（删除数据项前，先修改引用它的条件）", "conditionField"));
		KNOWN.put("field code must be", new Reason("数据项代码须以大写字母开头，由大写字母、数字或下划线组成，最多40位", "code"));
		KNOWN.put("field name must have", new Reason("数据项名称须为1至100个字符", "name"));
		KNOWN.put("a condition is needed exactly for conditional fields",
				new Reason("条件必填的数据项须填写条件；其他数据项不设条件", "conditionField"));
		KNOWN.put("a code list is needed exactly for code fields", new Reason("代码型数据项须选择代码表", "codeList"));
		KNOWN.put("an identifier kind is needed exactly for identifier fields",
				new Reason("标识型数据项须选择标识种类", "identifierKind"));
		KNOWN.put("only code fields may hold several entries", new Reason("只有代码型数据项可以多选", "multiple"));
		KNOWN.put("max length must be positive", new Reason("最大长度须为正整数", "maxLength"));
		KNOWN.put("decimal format must be precision,scale", new Reason("数值型数据项的格式须为“总位数,小数位数”，如 20,6", "format"));
		KNOWN.put("code list code must be", new Reason("代码表代码须以大写字母开头，由大写字母、数字或下划线组成，最多32位", "code"));
		KNOWN.put("a code list needs at least one entry", new Reason("代码表至少须有一个取值", "entries"));
		KNOWN.put("in code list", new Reason("代码表中的代码重复", "entries"));
		KNOWN.put("code entries need a code and a label", new Reason("每个取值都须有代码和名称", "entries"));
		KNOWN.put("a condition needs at least one value", new Reason("条件至少须有一个取值", "conditionValues"));
		KNOWN.put("a legal basis needs a text", new Reason("须填写设立依据", "legalBasisText"));
		KNOWN.put("only legislation can bring minor misconduct",
				new Reason("只有法律、法规作为依据时，才能列明其明确纳入的轻微失范行为", "minorMisconductCovered"));
		KNOWN.put("publicity periods cannot be negative", new Reason("公示期限不能为负数", null));
		KNOWN.put("minimum publicity period exceeds the maximum", new Reason("最短公示期限不能长于最长公示期限", null));
		KNOWN.put("unknown code list", new Reason("所选代码表在草案中不存在", "codeList"));
		KNOWN.put("unknown minor-misconduct term", new Reason("不是轻微失范行为清单中的事项", "minorMisconductCovered"));
	}

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private DraftReasons() {
	}

	/**
	 * The reason in Chinese; the codes the English wording names (a field's, a code
	 * list's) follow in brackets, so the officer knows which one without reading English.
	 */
	static String translate(String reason) {
		for (Map.Entry<String, Reason> known : KNOWN.entrySet()) {
			if (reason.contains(known.getKey())) {
				Set<String> codes = new LinkedHashSet<>();
				Matcher code = CODE.matcher(reason);
				while (code.find()) {
					if (code.group().length() > 1) {
						codes.add(code.group());
					}
				}
				return known.getValue().text() + (codes.isEmpty() ? "" : "（" + String.join("、", codes) + "）");
			}
		}
		return reason;
	}

	/** The form input the reason (English, or a translated missing part) concerns. */
	static Optional<String> input(String reason) {
		for (Map.Entry<String, Reason> known : KNOWN.entrySet()) {
			if (reason.contains(known.getKey())) {
				return Optional.ofNullable(known.getValue().input());
			}
		}
		if (reason.startsWith(MISSING)) {
			String part = reason.substring(MISSING.length());
			return REQUIRED.values()
				.stream()
				.filter(required -> required.text().equals(part) && required.input() != null)
				.map(Reason::input)
				.findFirst();
		}
		return Optional.empty();
	}

	static final String MISSING = "缺少必填项：";

	/**
	 * Builds a definition from form input; a broken invariant becomes {@code GX-CAT-005},
	 * as it does for a JSON body sent to the API.
	 */
	static <T> T valid(Supplier<T> construction) {
		try {
			return construction.get();
		}
		catch (NullPointerException ex) {
			String missing = String.valueOf(ex.getMessage());
			throw DraftValidation
				.invalid(List.of(MISSING + (REQUIRED.containsKey(missing) ? REQUIRED.get(missing).text() : missing)));
		}
		catch (IllegalArgumentException ex) {
			throw DraftValidation.invalid(List.of(String.valueOf(ex.getMessage())));
		}
	}

}
