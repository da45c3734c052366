package io.gongxin.measures;

/**
 * A measure revision's life: proposed with its legal basis, reviewed by a second officer
 * (信用措施审查), then in force until retired or replaced by a newer revision.
 */
public enum MeasureState {

	IN_REVIEW("待审查"), PUBLISHED("已发布"), REJECTED("未通过审查"), RETIRED("已停用");

	private final String label;

	MeasureState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
