package io.gongxin.evaluation;

/**
 * An alert's suggestion to consider a 重点关注名单 entry: officers decide, nothing is listed
 * automatically (a listing is the department's filing through the intake).
 */
public enum WatchListSuggestion {

	NONE("无"), PENDING("待信用办研判"), ACCEPTED("建议列入，已转部门依规认定"), DECLINED("不予列入");

	private final String label;

	WatchListSuggestion(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
