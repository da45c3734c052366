package io.gongxin.report;

import io.gongxin.subject.SubjectType;

/** The kinds of report the platform issues. */
public enum ReportType {

	ORGANISATION("法人和非法人组织公共信用信息报告"), PERSON("个人公共信用信息报告"), NO_VIOLATION("公共信用信息报告（无违法违规证明版）"),
	/**
	 * The free report anyone downloads from an organisation's portal page (as 信用中国
	 * offers): only what the portal itself shows, masked as the portal masks it.
	 */
	PUBLIC("公共信用信息报告（公示版）");

	private final String label;

	ReportType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Person reports are for natural persons only; the others for organisations only. */
	public boolean fits(SubjectType subjectType) {
		return (this == PERSON) == subjectType.isPerson();
	}

}
