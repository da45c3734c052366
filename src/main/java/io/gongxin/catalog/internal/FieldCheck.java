package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gongxin.catalog.CodeEntry;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.DateSpellings;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.RuleViolation;

/**
 * One field's value rules, compiled once per catalog version: code lookups become hash
 * maps, formats become formatters and patterns.
 */
final class FieldCheck {

	static final Pattern ENTRY_SEPARATOR = Pattern.compile("[;；,，、]");

	private final FieldDefinition definition;

	private final int index;

	/** Code and label of every entry, mapped to the label. */
	private final Map<String, String> labels;

	/** Code and label of every entry, mapped to the code. */
	private final Map<String, String> codes;

	/** Code to label, for reading ({@code null} for fields without a code list). */
	private final Map<String, String> labelOfCode;

	private final String codeListName;

	private final Pattern decimal;

	FieldCheck(FieldDefinition definition, int index, CodeList codeList) {
		this.definition = definition;
		this.index = index;
		this.labels = new HashMap<>();
		this.codes = new HashMap<>();
		Map<String, String> byCode = (codeList != null) ? new HashMap<>() : null;
		if (codeList != null) {
			// labels first: a code that happens to equal another entry's label stays a
			// code
			for (CodeEntry entry : codeList.entries()) {
				this.labels.put(entry.label(), entry.label());
				this.codes.put(entry.label(), entry.code());
			}
			for (CodeEntry entry : codeList.entries()) {
				this.labels.put(entry.code(), entry.label());
				this.codes.put(entry.code(), entry.code());
				byCode.put(entry.code(), entry.label());
			}
		}
		this.labelOfCode = (byCode != null) ? Map.copyOf(byCode) : null;
		this.codeListName = (codeList != null) ? codeList.name() : definition.codeList();
		this.decimal = (definition.type() == FieldType.DECIMAL) ? decimalPattern(definition.format()) : null;
	}

	FieldDefinition definition() {
		return this.definition;
	}

	int index() {
		return this.index;
	}

	String code() {
		return this.definition.code();
	}

	/** Entries of a code value, as labels where they are known. */
	List<String> entries(String value) {
		if (value == null) {
			return List.of();
		}
		List<String> entries = new ArrayList<>();
		for (String part : this.definition.multiple() ? ENTRY_SEPARATOR.split(value) : new String[] { value }) {
			String trimmed = part.strip();
			if (!trimmed.isEmpty()) {
				entries.add(this.labels.getOrDefault(trimmed, trimmed));
			}
		}
		return entries;
	}

	Map<String, String> labelOfCode() {
		return this.labelOfCode;
	}

	/**
	 * A trimmed non-blank value in its one stored spelling: a date as ISO, code-list
	 * entries as their codes (labels are understood) separated by {@code ;}. A value that
	 * does not read as its type is returned as it is; validation reports it.
	 */
	String normalise(String value) {
		return switch (this.definition.type()) {
			case DATE -> DateSpellings.normalise(value);
			case CODE -> normaliseCodes(value);
			default -> value;
		};
	}

	private String normaliseCodes(String value) {
		String single = this.codes.get(value);
		if (single != null) {
			return single;
		}
		if (!this.definition.multiple()) {
			return value;
		}
		StringBuilder out = new StringBuilder();
		for (String part : ENTRY_SEPARATOR.split(value)) {
			String entry = part.strip();
			if (entry.isEmpty()) {
				continue;
			}
			String code = this.codes.get(entry);
			if (code == null) {
				return value;
			}
			if (out.length() > 0) {
				out.append(';');
			}
			out.append(code);
		}
		return out.toString();
	}

	/** Checks a non-blank value's length, type, format and code-list membership. */
	void check(String value, List<RuleViolation> out) {
		Integer max = this.definition.maxLength();
		if (max != null && value.codePointCount(0, value.length()) > max) {
			out.add(new RuleViolation(code(), RuleViolation.MAX_LENGTH,
					"“" + this.definition.name() + "”超过最大长度" + max + "个字符", abbreviate(value)));
			return;
		}
		switch (this.definition.type()) {
			case DATE -> {
				if (!isDate(value)) {
					out.add(new RuleViolation(code(), RuleViolation.TYPE_FORMAT,
							"“" + this.definition.name() + "”不是有效日期，应为" + DateSpellings.ACCEPTED + "格式", value));
				}
			}
			case DECIMAL -> {
				if (!this.decimal.matcher(value).matches()) {
					out.add(new RuleViolation(code(), RuleViolation.TYPE_FORMAT,
							"“" + this.definition.name() + "”应为非负数字" + scaleHint(), value));
				}
			}
			case CODE -> checkCode(value, out);
			case IDENTIFIER -> {
				if (value.chars().anyMatch(Character::isWhitespace)) {
					out.add(new RuleViolation(code(), RuleViolation.TYPE_FORMAT,
							"“" + this.definition.name() + "”不得含有空白字符", value));
				}
			}
			case TEXT -> {
			}
		}
	}

	private void checkCode(String value, List<RuleViolation> out) {
		for (String part : this.definition.multiple() ? ENTRY_SEPARATOR.split(value) : new String[] { value }) {
			String entry = part.strip();
			if (!entry.isEmpty() && !this.labels.containsKey(entry)) {
				out.add(new RuleViolation(code(), RuleViolation.CODE_LIST,
						"“" + this.definition.name() + "”的取值“" + entry + "”不在代码表“" + this.codeListName + "”内", entry));
			}
		}
	}

	static boolean isDate(String value) {
		return DateSpellings.parse(value) != null;
	}

	private String scaleHint() {
		String format = this.definition.format();
		return (format == null) ? "" : "（整数不超过" + integerDigits(format) + "位，小数不超过" + format.split(",")[1] + "位）";
	}

	private static Pattern decimalPattern(String format) {
		if (format == null) {
			return Pattern.compile("\\d+(\\.\\d+)?");
		}
		String[] parts = format.split(",");
		int scale = Integer.parseInt(parts[1]);
		return Pattern
			.compile("\\d{1," + integerDigits(format) + "}" + ((scale > 0) ? "(\\.\\d{1," + scale + "})?" : ""));
	}

	private static int integerDigits(String format) {
		String[] parts = format.split(",");
		return Math.max(1, Integer.parseInt(parts[0]) - Integer.parseInt(parts[1]));
	}

	private static String abbreviate(String value) {
		return (value.length() <= 64) ? value : value.substring(0, 64) + "…";
	}

}
