package io.gongxin.exchange;

/**
 * What an item tells the target: a record to hold (a new decision or a new version of
 * one), or a record to stop showing (revoked by its department, or repaired here).
 */
public enum ReportAction {

	REPORT("上报"), WITHDRAW("撤回");

	private final String label;

	ReportAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
