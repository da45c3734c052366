package io.gongxin.subscription;

/**
 * A new subscription with its webhook signing secret, shown this once ({@code null} for
 * pull subscriptions).
 */
public record CreatedSubscription(Subscription subscription, String signingSecret) {

	@Override
	public String toString() {
		return "CreatedSubscription[" + this.subscription + ", signingSecret=***]";
	}

}
