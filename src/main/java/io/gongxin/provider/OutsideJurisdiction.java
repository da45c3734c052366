package io.gongxin.provider;

/**
 * What the intake does with a row whose deciding authority or data source is not one of
 * the provider's units: the credit office chooses per provider.
 */
public enum OutsideJurisdiction {

	/** The row is problem data (问题数据); the default. */
	REFUSE("拒收"),
	/**
	 * The row is accepted and the receipt warns, e.g. while a provider's subordinate
	 * units are still being registered.
	 */
	WARN("接收并警告");

	private final String label;

	OutsideJurisdiction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
