package io.gongxin.subject;

/**
 * The kinds of credit subject (主体类型).
 */
public enum SubjectType {

	ENTERPRISE("企业"), INDIVIDUAL_BUSINESS("个体工商户"), FARMER_COOPERATIVE("农民专业合作社"), SOCIAL_ORGANIZATION("社会组织"),
	PUBLIC_INSTITUTION("机关事业单位"), NATURAL_PERSON("自然人"), OTHER("其他");

	private final String label;

	SubjectType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Organisations are keyed by a USCC; natural persons by a citizen id. */
	public boolean isPerson() {
		return this == NATURAL_PERSON;
	}

}
