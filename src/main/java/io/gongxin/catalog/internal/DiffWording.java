package io.gongxin.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongxin.catalog.CatalogDiff.AttributeChange;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Condition;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.subject.SubjectType;

/**
 * Puts a catalog difference in words: the attribute's Chinese name and the old and new
 * values as an officer reads them, not the technical names.
 */
final class DiffWording {

	private static final CatalogLabels LABELS = new CatalogLabels();

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("name", "名称"),
			Map.entry("section", "所属类别"), Map.entry("origin", "来源"), Map.entry("legalBasis", "设立依据"),
			Map.entry("subjectTypes", "适用主体"), Map.entry("nature", "信息性质"), Map.entry("severityTiers", "失信程度分级"),
			Map.entry("publicity", "公开方式与期限"), Map.entry("fieldOrder", "数据项顺序"), Map.entry("configurable", "可按本地规定调整"),
			Map.entry("note", "备注"), Map.entry("aliases", "别名"), Map.entry("type", "数据类型"), Map.entry("format", "格式"),
			Map.entry("codeList", "代码表"), Map.entry("multiple", "可多选"), Map.entry("requirement", "填报要求"),
			Map.entry("condition", "必填条件"), Map.entry("maxLength", "最大长度"), Map.entry("identifierKind", "标识类型"),
			Map.entry("conduct", "行为描述项"), Map.entry("role", "平台用途"));

	private DiffWording() {
	}

	static <T> List<AttributeChange> changes(Map<String, Function<T, Object>> attributes, List<String> changed, T older,
			T newer) {
		return changed.stream()
			.map(name -> new AttributeChange(name, NAMES.getOrDefault(name, name),
					text(attributes.get(name).apply(older)), text(attributes.get(name).apply(newer))))
			.toList();
	}

	static String text(Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return "（无）";
		}
		if (value instanceof Boolean yes) {
			return yes ? "是" : "否";
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? "（无）" : values.stream().map(DiffWording::text).collect(Collectors.joining("、"));
		}
		if (value instanceof Condition condition) {
			return condition.describe();
		}
		if (value instanceof PublicityRule rule) {
			return rule.disclosure().label()
					+ ((rule.summary() == null || rule.summary().isBlank()) ? "" : "：" + rule.summary());
		}
		if (value instanceof Nature nature) {
			return nature.label();
		}
		if (value instanceof SeverityTier tier) {
			return tier.label();
		}
		if (value instanceof SubjectType type) {
			return type.label();
		}
		if (value instanceof CategoryDefinition.Origin origin) {
			return origin.label();
		}
		if (value instanceof Enum<?> constant) {
			return LABELS.name(constant);
		}
		return value.toString();
	}

}
