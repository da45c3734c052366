package io.gongxin.exchange;

/** Whether a licensed agency receives public credit information. */
public enum AgencyStatus {

	/** Receives its feed. */
	ACTIVE("正常"),
	/** Receives nothing until the credit office restores it; its key stays. */
	SUSPENDED("暂停"),
	/** Its filing was revoked: key revoked, subscription cancelled, for good. */
	REVOKED("撤销");

	private final String label;

	AgencyStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
