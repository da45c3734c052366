package io.gongxin.exchange;

/** Where an item owed to a target stands. */
public enum ItemState {

	/** Waiting for the next package. */
	QUEUED("待报送"),
	/** In a package handed to the outbox; no receipt yet. */
	SENT("已发送待回执"),
	/** The target's receipt acknowledged it. */
	ACKNOWLEDGED("已确认接收"),
	/** The target's receipt refused it, with a reason. */
	REJECTED("被退回");

	private final String label;

	ItemState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
