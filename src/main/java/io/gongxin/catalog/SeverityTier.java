package io.gongxin.catalog;

/** Severity tiers of misconduct (轻微 / 一般 / 严重 失信行为). */
public enum SeverityTier {

	MINOR("轻微"), GENERAL("一般"), SERIOUS("严重");

	private final String label;

	SeverityTier(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
