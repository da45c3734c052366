package io.gongxin.catalog.internal;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.ExclusionPolicy;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

/**
 * Nothing outside the catalog: an unknown category, a column the category does not
 * define, or a subject the category may not concern, is refused.
 */
public final class OutsideCatalogPolicy {

	public static final String BASIS = "《全国公共信用信息基础目录（2024年版）》说明：除法律、法规或者党中央、国务院政策文件另有规定外，"
			+ "公共管理机构不得将目录以外的信息纳入信用记录；归集应当遵循合法、正当、必要、最小化原则";

	public static final ExclusionPolicy DESCRIPTION = new ExclusionPolicy("OUTSIDE_CATALOG", "目录以外的信息不得纳入", BASIS);

	private OutsideCatalogPolicy() {
	}

	static RuleViolation unknownCategory(String categoryCode) {
		return new RuleViolation(null, RuleViolation.UNKNOWN_CATEGORY,
				"信息类别“" + categoryCode + "”不在该版本公共信用信息目录内，不得归集。依据：" + BASIS, categoryCode);
	}

	/**
	 * The value is not copied: information outside the catalog must not be kept at all.
	 */
	static RuleViolation fieldNotInCatalog(String header) {
		return new RuleViolation(header, RuleViolation.FIELD_NOT_IN_CATALOG,
				"数据项“" + header + "”不在该信息类别的目录数据项内，不得归集。依据：" + BASIS, null);
	}

	static RuleViolation subjectTypeNotAllowed(CategoryDefinition category, SubjectType subjectType) {
		if (subjectType == null) {
			return new RuleViolation(null, RuleViolation.SUBJECT_TYPE_NOT_ALLOWED,
					"未能确定主体类型，无法判断信息类别“" + category.name() + "”是否适用", null);
		}
		return new RuleViolation(null, RuleViolation.SUBJECT_TYPE_NOT_ALLOWED,
				"信息类别“" + category.name() + "”不适用于主体类型“" + subjectType.label() + "”。依据：" + BASIS, subjectType.name());
	}

}
