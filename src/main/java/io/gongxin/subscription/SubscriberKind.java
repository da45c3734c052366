package io.gongxin.subscription;

import java.util.Set;

import io.gongxin.platform.EventAudience;

/** Who subscribes, and which declared audiences admit them. */
public enum SubscriberKind {

	CREDIT_OFFICE("信用办", Set.of(EventAudience.CREDIT_OFFICE)),
	DEPARTMENT("部门", Set.of(EventAudience.OWN_DEPARTMENT, EventAudience.DEPARTMENTS)),
	BANK("金融机构", Set.of(EventAudience.BANKS)), PEER_PLATFORM("其他信用平台", Set.of(EventAudience.PEER_PLATFORMS)),
	/**
	 * A licensed credit service agency (registered by the credit office in the exchange
	 * module): public information about organisations only.
	 */
	AGENCY("信用服务机构", Set.of(EventAudience.AGENCIES));

	private final String label;

	private final Set<EventAudience> audiences;

	SubscriberKind(String label, Set<EventAudience> audiences) {
		this.label = label;
		this.audiences = audiences;
	}

	public String label() {
		return this.label;
	}

	/** The audiences that include this kind of subscriber. */
	public Set<EventAudience> audiences() {
		return this.audiences;
	}

}
