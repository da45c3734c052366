package io.gongxin.commitment;

/** Where a template version stands: edited, signable, or replaced by a later one. */
public enum TemplateStatus {

	DRAFT("草稿"), PUBLISHED("已发布"), RETIRED("已停用");

	private final String label;

	TemplateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
