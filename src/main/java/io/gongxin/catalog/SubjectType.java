package io.gongxin.catalog;

/**
 * Who a credit record may be about (主体类型). Kept here until a subject module owns it.
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

}
