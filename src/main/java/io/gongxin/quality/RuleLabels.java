package io.gongxin.quality;

import java.util.Map;

/** Chinese names of the validation rules, for bulletins and dashboards. */
public final class RuleLabels {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("MISSING_MANDATORY", "必填项缺失"),
			Map.entry("CONDITIONAL_MANDATORY", "条件必填项缺失"), Map.entry("IDENTIFIER_INVALID", "代码或证件号码错误"),
			Map.entry("NO_SUBJECT_IDENTIFIER", "缺少主体标识"), Map.entry("PLACEHOLDER_NOT_ALLOWED", "不得使用占位代码"),
			Map.entry("DATE_IN_FUTURE", "日期晚于报送日期"), Map.entry("TYPE_FORMAT", "格式不符"),
			Map.entry("CODE_LIST", "代码值不在代码表中"), Map.entry("MAX_LENGTH", "超过最大长度"),
			Map.entry("MINOR_MISCONDUCT", "轻微失信不予公示"), Map.entry("OUTSIDE_CATALOG", "不在目录范围内"),
			Map.entry("SENSITIVE_DATA", "含有不应公示的敏感信息"), Map.entry("SUBJECT_TYPE_NOT_ALLOWED", "主体类型不适用"),
			Map.entry("ROW_STRUCTURE", "行结构错误"), Map.entry("FORMULA", "含有公式"), Map.entry("NOT_FOUND", "未找到对应记录"),
			Map.entry("UNKNOWN_CATEGORY", "未知信息类别"), Map.entry("FIELD_NOT_IN_CATALOG", "数据项不在目录中"),
			Map.entry("AUTHORITY_OUTSIDE_JURISDICTION", "决定机关不在本单位管辖范围内"),
			Map.entry("SOURCE_OUTSIDE_JURISDICTION", "数据来源单位不在本单位管辖范围内"));

	private RuleLabels() {
	}

	public static String label(String rule) {
		return LABELS.getOrDefault(rule, rule);
	}

}
