package io.gongxin.remedy;

/** How a decided objection ended. */
public enum ObjectionOutcome {

	/** The record was wrong and a corrected version replaced it. */
	CORRECTED("信息已更正"),
	/** The record should not have been published at all and was withdrawn. */
	DELETED("信息已删除"),
	/** The record is right: it stays as it was. */
	UPHELD("维持原信息"),
	/** The platform itself had shown the record wrongly and put it right. */
	PLATFORM_CORRECTED("平台已更正");

	private final String label;

	ObjectionOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
