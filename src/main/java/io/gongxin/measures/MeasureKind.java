package io.gongxin.measures;

/**
 * The three kinds of the national base list of punishment measures, and incentives.
 */
public enum MeasureKind {

	/** 一类: 由公共管理机构依法依规实施的减损信用主体权益或增加其义务的措施. */
	RESTRICTS_RIGHTS("减损权益或增加义务的措施", true),
	/** 二类: 由公共管理机构根据履职需要实施的相关管理措施. */
	MANAGEMENT("根据履职需要实施的管理措施", true),
	/** 三类: 由公共管理机构以外的组织自主实施的措施 (market, self-regulation; never compelled). */
	MARKET("公共管理机构以外的组织自主实施的措施", true),
	/** 守信激励. */
	INCENTIVE("守信激励措施", false);

	private final String label;

	private final boolean punitive;

	MeasureKind(String label, boolean punitive) {
		this.label = label;
		this.punitive = punitive;
	}

	public String label() {
		return this.label;
	}

	public boolean punitive() {
		return this.punitive;
	}

}
