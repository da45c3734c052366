package io.gongxin.subscription.internal;

import java.util.Optional;

import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.internal.EventCatalogue.ExternalType;
import io.gongxin.subscription.internal.FeedStore.Stored;

/**
 * Whether a feed entry reaches a subscription: its type and filter, and the scope rules —
 * events for the department concerned reach only that department, natural persons' data
 * never reaches banks, peer platforms or agencies, and agencies receive public
 * information only. Used by both the webhook fan-out and the pull feed, so the two can
 * never disagree.
 */
final class Matching {

	private Matching() {
	}

	static boolean reaches(Stored stored, Subscription subscription, Optional<ExternalType> type) {
		FeedStore.Entry entry = stored.entry();
		if (stored.seq() <= subscription.startSeq() || !subscription.eventTypes().contains(entry.type())
				|| type.isEmpty() || !type.get().admits(subscription.subscriberKind())) {
			return false;
		}
		SubscriberKind kind = subscription.subscriberKind();
		if (kind == SubscriberKind.DEPARTMENT && type.get().ownDepartmentOnly()
				&& !subscription.subscriberCode().equalsIgnoreCase(String.valueOf(entry.departmentCode()))) {
			return false;
		}
		if (entry.subjectIsPerson() && (kind == SubscriberKind.BANK || kind == SubscriberKind.PEER_PLATFORM
				|| kind == SubscriberKind.AGENCY)) {
			return false;
		}
		// an agency's products may rest on what the public may see, nothing else
		if (kind == SubscriberKind.AGENCY && !entry.publicInfo()) {
			return false;
		}
		return subscription.filter()
			.accepts(entry.subjectCode(), entry.region(), entry.industry(), entry.categoryCode());
	}

	/** Natural persons' ids are shown in full to the credit office only. */
	static boolean masksPersons(Subscription subscription) {
		return subscription.subscriberKind() != SubscriberKind.CREDIT_OFFICE;
	}

}
