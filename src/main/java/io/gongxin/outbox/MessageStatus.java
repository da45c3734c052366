package io.gongxin.outbox;

/** Where an outgoing message stands. */
public enum MessageStatus {

	/** Waiting for its first or next attempt (or being sent right now). */
	PENDING("待投递"),
	/** The receiver answered 2xx. */
	DELIVERED("已投递"),
	/**
	 * Every attempt failed: a dead letter, waiting for an officer to fix the target and
	 * resend.
	 */
	DEAD("投递失败");

	private final String label;

	MessageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
