package io.gongxin.creditfile;

/** Whether an item of a credit file is shown to the public, and if not, why. */
public enum PublicityStatus {

	PUBLISHED("公示中"), NOT_PUBLISHED("不予公示"), ENDED("公示期满"), REVOKED("已撤销"), SUPERSEDED("已更正"), REPAIRED("已信用修复");

	private final String label;

	PublicityStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
