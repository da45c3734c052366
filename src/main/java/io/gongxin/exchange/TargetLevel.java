package io.gongxin.exchange;

/** Where a reporting target sits in the hierarchy of credit platforms. */
public enum TargetLevel {

	PROVINCE("省级平台"), NATIONAL("全国平台（信用中国）"), OTHER("其他平台");

	private final String label;

	TargetLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
