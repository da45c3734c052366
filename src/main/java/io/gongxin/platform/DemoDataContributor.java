package io.gongxin.platform;

/**
 * A capability's share of the demo data loaded on first start. Contributors must go
 * through the same public facades that real data uses, so the demo proves the real paths
 * work. Each contributor runs once per database.
 */
public interface DemoDataContributor {

	/** Stable name, remembered once the contribution was loaded. */
	String name();

	/** Lower runs first: providers before records, records before reports. */
	int order();

	void contribute();

	/**
	 * Whether the contribution and its marker commit together. Contributors whose facades
	 * commit on their own (batch intake) say no and must be safe to run again after an
	 * interruption.
	 */
	default boolean transactional() {
		return true;
	}

}
