package io.gongxin.catalog;

/**
 * A named exclusion rule: what must never become public credit information, and why.
 *
 * @param code stable rule code, as used in {@link RuleViolation#ruleCode()}
 * @param title Chinese title
 * @param legalBasis the documents the rule rests on
 */
public record ExclusionPolicy(String code, String title, String legalBasis) {

}
