package io.gongxin.evaluation;

/** Where a risk alert stands on the department's desk. */
public enum AlertState {

	OPEN("待处理"), ACKNOWLEDGED("已签收"), RESOLVED("已处置");

	private final String label;

	AlertState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
