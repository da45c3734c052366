package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * Rules for editing a draft that the value types cannot check alone, because they need
 * the rest of the draft or the exclusion lists.
 */
public final class DraftValidation {

	private final ExclusionLists exclusions;

	public DraftValidation(ExclusionLists exclusions) {
		this.exclusions = exclusions;
	}

	/**
	 * @throws DomainException {@code GX-CAT-006} if a field names sensitive personal
	 * data, {@code GX-CAT-005} if the category refers to unknown code lists or misconduct
	 * terms
	 */
	public void checkCategory(CategoryDefinition category, List<CodeList> codeLists) {
		List<String> sensitive = this.exclusions.sensitiveData().offendingFields(category);
		if (!sensitive.isEmpty()) {
			throw new DomainException("GX-CAT-006", ProblemKind.RULE_VIOLATION,
					"Fields naming sensitive personal data may not be defined: " + sensitive + ". "
							+ this.exclusions.sensitiveData().basis(),
					Map.of("fields", sensitive));
		}
		Set<String> known = codeLists.stream().map(CodeList::code).collect(Collectors.toSet());
		List<String> errors = new ArrayList<>();
		for (FieldDefinition field : category.fields()) {
			if (field.codeList() != null && !known.contains(field.codeList())) {
				errors.add(field.code() + ": unknown code list " + field.codeList());
			}
		}
		List<String> terms = this.exclusions.minorMisconduct().terms();
		for (String term : category.legalBasis().minorMisconductCovered()) {
			if (!terms.contains(term)) {
				errors.add("legalBasis: unknown minor-misconduct term " + term);
			}
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
	}

	/**
	 * Records are read by the roles their category declares, never by guessing from field
	 * codes; a category that does not say who a record is about, under which identifier,
	 * and from which date, could not be read at all.
	 * @throws DomainException {@code GX-CAT-016} naming each category and missing role
	 */
	public static void checkRolesForPublication(List<CategoryDefinition> categories) {
		List<String> missing = new ArrayList<>();
		for (CategoryDefinition category : categories) {
			if (category.field(FieldRole.SUBJECT_NAME).isEmpty()) {
				missing.add(category.code() + "：未指定“主体名称”数据项");
			}
			if (category.field(FieldRole.SUBJECT_USCC).isEmpty()
					&& category.field(FieldRole.SUBJECT_DOCUMENT_NUMBER).isEmpty()) {
				missing.add(category.code() + "：未指定“主体统一社会信用代码”或“证件号码”数据项");
			}
			if (category.field(FieldRole.DECISION_DATE).isEmpty()
					&& category.field(FieldRole.REGISTRATION_DATE).isEmpty()) {
				missing.add(category.code() + "：未指定“决定日期”或“成立日期”数据项");
			}
		}
		if (!missing.isEmpty()) {
			throw new DomainException("GX-CAT-016", ProblemKind.RULE_VIOLATION,
					"Every category must declare which fields name the subject, identify it and date the record: "
							+ String.join("; ", missing),
					Map.of("missing", missing));
		}
	}

	/** A code list may go only when no category of the draft uses it. */
	public void checkCodeListRemoval(String code, List<CategoryDefinition> categories) {
		List<String> users = categories.stream()
			.filter(c -> c.fields().stream().anyMatch(f -> code.equals(f.codeList())))
			.map(CategoryDefinition::code)
			.toList();
		if (!users.isEmpty()) {
			throw new DomainException("GX-CAT-012", ProblemKind.CONFLICT,
					"Code list " + code + " is used by categories " + users + ".", Map.of("categories", users));
		}
	}

	public static DomainException invalid(List<String> errors) {
		return new DomainException("GX-CAT-005", ProblemKind.RULE_VIOLATION,
				"The catalog definition is not valid: " + String.join("; ", errors), Map.of("errors", errors));
	}

}
