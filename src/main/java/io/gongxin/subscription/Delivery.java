package io.gongxin.subscription;

/** How a subscriber receives its events. */
public enum Delivery {

	/** Signed POSTs to the subscriber's URL, with retries (the outbox). */
	WEBHOOK("推送（Webhook）"),
	/** The subscriber reads its feed with a cursor. */
	PULL("拉取（游标）");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
