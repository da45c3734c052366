package io.gongxin.subject;

/**
 * Registration status of a subject.
 */
public enum SubjectStatus {

	ACTIVE("存续"), CANCELLED("注销"), REVOKED("吊销");

	private final String label;

	SubjectStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
