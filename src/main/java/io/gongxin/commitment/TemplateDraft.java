package io.gongxin.commitment;

import java.util.List;
import java.util.Map;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * What a credit officer writes for a template version.
 *
 * @param code stable template code, e.g. {@code SCJG-SPJY-GZCN}
 * @param name the commitment's title, e.g. 食品经营许可告知承诺书
 * @param kind its kind
 * @param departmentCode the department that accepts and verifies it
 * @param matterLabel what the signer names as the matter (e.g. 申请事项), shown on the form
 * @param text the commitment's text
 * @param items the things promised, one each
 * @param verificationWorkingDays working days from signing within which the department
 * verifies fulfilment
 * @param publicColumn whether signed commitments appear in the portal's 信用承诺 column
 * @param legalBasis the rule the commitment rests on
 * @param breachTier the tier of a broken commitment; 一般 unless the legal basis sets
 * another
 * @param breachTierBasis the provision that sets a tier other than 一般
 */
public record TemplateDraft(String code, String name, CommitmentKind kind, String departmentCode, String matterLabel,
		String text, List<String> items, int verificationWorkingDays, boolean publicColumn, String legalBasis,
		SeverityTier breachTier, String breachTierBasis) {

	public TemplateDraft {
		code = required(code, "code", 64);
		if (!code.matches("[A-Z0-9][A-Z0-9-]{1,63}")) {
			throw invalid("code", "A template code is upper-case letters, digits and hyphens.");
		}
		name = required(name, "name", 200);
		if (kind == null) {
			throw invalid("kind", "Name the kind of commitment.");
		}
		departmentCode = required(departmentCode, "departmentCode", 64);
		matterLabel = (matterLabel == null || matterLabel.isBlank()) ? "承诺事由"
				: required(matterLabel, "matterLabel", 50);
		text = required(text, "text", 8000);
		items = (items == null) ? List.of()
				: items.stream().filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
		if (items.isEmpty() || items.size() > 30 || items.stream().anyMatch(item -> item.length() > 500)) {
			throw invalid("items", "A template promises 1 to 30 items of at most 500 characters each.");
		}
		if (verificationWorkingDays < 1 || verificationWorkingDays > 365) {
			throw invalid("verificationWorkingDays", "Verification takes 1 to 365 working days.");
		}
		legalBasis = required(legalBasis, "legalBasis", 1000);
		breachTier = (breachTier != null) ? breachTier : SeverityTier.GENERAL;
		breachTierBasis = (breachTierBasis == null || breachTierBasis.isBlank()) ? null : breachTierBasis.strip();
		if (breachTier != SeverityTier.GENERAL && breachTierBasis == null) {
			// 一般 is the default tier of a broken commitment; only a provision may set
			// another
			throw new DomainException("GX-CMT-002", ProblemKind.RULE_VIOLATION,
					"A broken commitment is 一般 dishonesty unless a provision of the legal basis sets another tier: cite it.",
					Map.of("breachTier", breachTier.name()));
		}
	}

	private static String required(String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw invalid(field, "Fill in " + field + " (at most " + max + " characters).");
		}
		return value.strip();
	}

	private static DomainException invalid(String field, String message) {
		return new DomainException("GX-CMT-001", ProblemKind.BAD_REQUEST, message, Map.of("field", field));
	}

}
