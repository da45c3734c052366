package io.gongxin.catalog.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.Condition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.IdentifierKind;
import io.gongxin.catalog.Requirement;

/**
 * Chinese names of the catalog's technical enums for the draft forms. The enums that
 * pages already show (nature, origin, tiers, disclosure, subject types) carry their own
 * labels; these stay out of the domain types because only the editing screens need them.
 */
final class CatalogLabels {

	private static final Map<FieldType, String> TYPES = new EnumMap<>(Map.of(FieldType.TEXT, "文本", FieldType.DATE, "日期",
			FieldType.DECIMAL, "数值", FieldType.CODE, "代码", FieldType.IDENTIFIER, "标识号"));

	private static final Map<Requirement, String> REQUIREMENTS = new EnumMap<>(
			Map.of(Requirement.MANDATORY, "必填", Requirement.CONDITIONAL, "条件必填", Requirement.OPTIONAL, "选填"));

	private static final Map<Condition.Operator, String> OPERATORS = new EnumMap<>(
			Map.of(Condition.Operator.EQUALS, "等于", Condition.Operator.INCLUDES, "包含（多选代码）"));

	private static final Map<IdentifierKind, String> IDENTIFIERS = new EnumMap<>(
			Map.of(IdentifierKind.USCC, "统一社会信用代码", IdentifierKind.REGISTRATION_NUMBER, "工商注册号",
					IdentifierKind.ORGANIZATION_CODE, "组织机构代码", IdentifierKind.TAX_NUMBER, "税务登记号",
					IdentifierKind.INSTITUTION_CERTIFICATE, "事业单位证书号", IdentifierKind.SOCIAL_ORGANIZATION_CERTIFICATE,
					"社会组织登记证号", IdentifierKind.DOCUMENT_NUMBER, "证件号码（依证件类型）", IdentifierKind.OTHER, "其他"));

	private static final Map<FieldRole, String> ROLES = new EnumMap<>(Map.ofEntries(
			Map.entry(FieldRole.SUBJECT_NAME, "主体名称"), Map.entry(FieldRole.SUBJECT_CATEGORY, "主体类别"),
			Map.entry(FieldRole.SUBJECT_USCC, "主体统一社会信用代码"),
			Map.entry(FieldRole.SUBJECT_REGISTRATION_NUMBER, "主体工商注册号"),
			Map.entry(FieldRole.SUBJECT_DOCUMENT_TYPE, "证件类型"), Map.entry(FieldRole.SUBJECT_DOCUMENT_NUMBER, "证件号码"),
			Map.entry(FieldRole.DOCUMENT_NUMBER, "决定文书号"), Map.entry(FieldRole.DECISION_DATE, "决定日期"),
			Map.entry(FieldRole.VALID_UNTIL, "有效期至"), Map.entry(FieldRole.PUBLICITY_END, "公示截止期"),
			Map.entry(FieldRole.AUTHORITY, "决定机关名称"), Map.entry(FieldRole.AUTHORITY_USCC, "决定机关统一社会信用代码"),
			Map.entry(FieldRole.SOURCE, "数据来源单位"), Map.entry(FieldRole.SOURCE_USCC, "数据来源单位统一社会信用代码"),
			Map.entry(FieldRole.LEGAL_REPRESENTATIVE, "法定代表人（负责人、经营者）"),
			Map.entry(FieldRole.LEGAL_REPRESENTATIVE_DOCUMENT_TYPE, "法定代表人证件类型"),
			Map.entry(FieldRole.LEGAL_REPRESENTATIVE_DOCUMENT_NUMBER, "法定代表人证件号码"),
			Map.entry(FieldRole.REGISTRATION_DATE, "成立日期"), Map.entry(FieldRole.ADDRESS, "住所"),
			Map.entry(FieldRole.SUBJECT_STATUS, "登记状态"), Map.entry(FieldRole.PENALTY_TYPE, "处罚类别"),
			Map.entry(FieldRole.FINE_AMOUNT, "罚款金额"), Map.entry(FieldRole.SEVERITY, "失信程度"),
			Map.entry(FieldRole.CONTENT, "内容摘要"), Map.entry(FieldRole.LIST_NAME, "名单名称"),
			Map.entry(FieldRole.LIST_BASIS, "认定依据"), Map.entry(FieldRole.EXIT_DATE, "移出日期")));

	// public: templates call these through SpEL, which only sees public methods

	public List<FieldType> types() {
		return List.of(FieldType.values());
	}

	public List<Requirement> requirements() {
		return List.of(Requirement.values());
	}

	public List<Condition.Operator> operators() {
		return List.of(Condition.Operator.values());
	}

	public List<IdentifierKind> identifierKinds() {
		return List.of(IdentifierKind.values());
	}

	public List<FieldRole> roles() {
		return List.of(FieldRole.values());
	}

	/**
	 * "中文（CODE）" for form options, or the constant's name where no Chinese name is known.
	 */
	public String of(Enum<?> value) {
		if (value == null) {
			return "";
		}
		String label = name(value);
		return label.equals(value.name()) ? label : label + "（" + value.name() + "）";
	}

	/** The Chinese name alone, for tables. */
	public String name(Enum<?> value) {
		if (value == null) {
			return "";
		}
		String label = null;
		if (value instanceof FieldType type) {
			label = TYPES.get(type);
		}
		else if (value instanceof Requirement requirement) {
			label = REQUIREMENTS.get(requirement);
		}
		else if (value instanceof Condition.Operator operator) {
			label = OPERATORS.get(operator);
		}
		else if (value instanceof IdentifierKind kind) {
			label = IDENTIFIERS.get(kind);
		}
		else if (value instanceof FieldRole role) {
			label = ROLES.get(role);
		}
		return (label != null) ? label : value.name();
	}

}
