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

	private static final Map<String, String> KNOWN = new LinkedHashMap<>();

	/**
	 * Names of required record components, as {@code Objects.requireNonNull} reports
	 * them.
	 */
	private static final Map<String, String> REQUIRED = Map.ofEntries(Map.entry("code", "代码"), Map.entry("name", "名称"),
			Map.entry("type", "数据类型"), Map.entry("requirement", "填报要求"), Map.entry("field", "条件所依据的数据项"),
			Map.entry("operator", "条件运算"), Map.entry("values", "条件取值"), Map.entry("origin", "来源"),
			Map.entry("legalBasis", "设立依据"), Map.entry("text", "设立依据"), Map.entry("nature", "信息性质"),
			Map.entry("publicity", "公示规则"), Map.entry("disclosure", "公开方式"), Map.entry("tier", "失信程度"),
			Map.entry("label", "名称"), Map.entry("entries", "取值"), Map.entry("fields", "数据项"));

	static {
		KNOWN.put("category code must be", "信息类别代码须为2至32位大写字母、数字或下划线，以字母开头");
		KNOWN.put("category name must have", "信息类别名称须为1至100个字符");
		KNOWN.put("a category must concern at least one subject type", "信息类别至少须适用于一种主体类型");
		KNOWN.put("a category needs at least one field", "信息类别至少须有一个数据项");
		KNOWN.put("duplicate field", "数据项代码重复");
		KNOWN.put("two fields play the role", "两个数据项不能承担同一用途");
		KNOWN.put("depends on unknown field", "条件所依据的数据项不存在（删除数据项前，先修改引用它的条件）");
		KNOWN.put("field code must be", "数据项代码须以大写字母开头，由大写字母、数字或下划线组成，最多40位");
		KNOWN.put("field name must have", "数据项名称须为1至100个字符");
		KNOWN.put("a condition is needed exactly for conditional fields", "条件必填的数据项须填写条件；其他数据项不设条件");
		KNOWN.put("a code list is needed exactly for code fields", "代码型数据项须选择代码表");
		KNOWN.put("an identifier kind is needed exactly for identifier fields", "标识型数据项须选择标识种类");
		KNOWN.put("only code fields may hold several entries", "只有代码型数据项可以多选");
		KNOWN.put("max length must be positive", "最大长度须为正整数");
		KNOWN.put("decimal format must be precision,scale", "数值型数据项的格式须为“总位数,小数位数”，如 20,6");
		KNOWN.put("code list code must be", "代码表代码须以大写字母开头，由大写字母、数字或下划线组成，最多32位");
		KNOWN.put("a code list needs at least one entry", "代码表至少须有一个取值");
		KNOWN.put("in code list", "代码表中的代码重复");
		KNOWN.put("code entries need a code and a label", "每个取值都须有代码和名称");
		KNOWN.put("a condition needs at least one value", "条件至少须有一个取值");
		KNOWN.put("a legal basis needs a text", "须填写设立依据");
		KNOWN.put("only legislation can bring minor misconduct", "只有法律、法规作为依据时，才能列明其明确纳入的轻微失范行为");
		KNOWN.put("publicity periods cannot be negative", "公示期限不能为负数");
		KNOWN.put("minimum publicity period exceeds the maximum", "最短公示期限不能长于最长公示期限");
		KNOWN.put("unknown code list", "所选代码表在草案中不存在");
		KNOWN.put("unknown minor-misconduct term", "不是轻微失范行为清单中的事项");
	}

	/** The form input a reason concerns, by the same wording. */
	private static final Map<String, String> INPUTS = new LinkedHashMap<>();

	static {
		INPUTS.put("category code must be", "code");
		INPUTS.put("category name must have", "name");
		INPUTS.put("a category must concern at least one subject type", "subjectTypes");
		INPUTS.put("a category needs at least one field", "firstFieldCode");
		INPUTS.put("duplicate field", "code");
		INPUTS.put("two fields play the role", "role");
		INPUTS.put("depends on unknown field", "conditionField");
		INPUTS.put("field code must be", "code");
		INPUTS.put("field name must have", "name");
		INPUTS.put("a condition is needed exactly for conditional fields", "conditionField");
		INPUTS.put("a code list is needed exactly for code fields", "codeList");
		INPUTS.put("an identifier kind is needed exactly for identifier fields", "identifierKind");
		INPUTS.put("only code fields may hold several entries", "multiple");
		INPUTS.put("max length must be positive", "maxLength");
		INPUTS.put("decimal format must be precision,scale", "format");
		INPUTS.put("code list code must be", "code");
		INPUTS.put("a code list needs at least one entry", "entries");
		INPUTS.put("in code list", "entries");
		INPUTS.put("code entries need a code and a label", "entries");
		INPUTS.put("a condition needs at least one value", "conditionValues");
		INPUTS.put("a legal basis needs a text", "legalBasisText");
		INPUTS.put("only legislation can bring minor misconduct", "minorMisconductCovered");
		INPUTS.put("unknown code list", "codeList");
		INPUTS.put("unknown minor-misconduct term", "minorMisconductCovered");
	}

	/** Required parts, by the input that fills them. */
	private static final Map<String, String> REQUIRED_INPUTS = Map.ofEntries(Map.entry("代码", "code"),
			Map.entry("名称", "name"), Map.entry("数据类型", "type"), Map.entry("填报要求", "requirement"),
			Map.entry("条件所依据的数据项", "conditionField"), Map.entry("条件运算", "conditionOperator"),
			Map.entry("条件取值", "conditionValues"), Map.entry("来源", "origin"), Map.entry("设立依据", "legalBasisText"),
			Map.entry("信息性质", "nature"), Map.entry("公开方式", "disclosure"), Map.entry("取值", "entries"));

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private DraftReasons() {
	}

	/**
	 * The reason in Chinese; the codes the English wording names (a field's, a code
	 * list's) follow in brackets, so the officer knows which one without reading English.
	 */
	static String translate(String reason) {
		for (Map.Entry<String, String> known : KNOWN.entrySet()) {
			if (reason.contains(known.getKey())) {
				Set<String> codes = new LinkedHashSet<>();
				Matcher code = CODE.matcher(reason);
				while (code.find()) {
					if (code.group().length() > 1) {
						codes.add(code.group());
					}
				}
				return known.getValue() + (codes.isEmpty() ? "" : "（" + String.join("、", codes) + "）");
			}
		}
		return reason;
	}

	/** The form input the reason (English, or a translated missing part) concerns. */
	static Optional<String> input(String reason) {
		for (Map.Entry<String, String> known : INPUTS.entrySet()) {
			if (reason.contains(known.getKey())) {
				return Optional.of(known.getValue());
			}
		}
		if (reason.startsWith(MISSING)) {
			return Optional.ofNullable(REQUIRED_INPUTS.get(reason.substring(MISSING.length())));
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
			throw DraftValidation.invalid(List.of(MISSING + REQUIRED.getOrDefault(missing, missing)));
		}
		catch (IllegalArgumentException ex) {
			throw DraftValidation.invalid(List.of(String.valueOf(ex.getMessage())));
		}
	}

}
