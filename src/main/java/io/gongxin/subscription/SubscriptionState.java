package io.gongxin.subscription;

/** Whether a subscription receives events. */
public enum SubscriptionState {

	ACTIVE("生效中"), PAUSED("已暂停"), CANCELLED("已取消");

	private final String label;

	SubscriptionState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
