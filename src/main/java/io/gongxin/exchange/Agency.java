package io.gongxin.exchange;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A licensed credit service agency (备案征信机构 / 信用服务机构) as the credit office registered it.
 *
 * @param code the platform's code for the agency, which its API key is bound to
 * @param filingNumber 备案编号
 * @param filingAuthority the authority that holds the filing (e.g. 中国人民银行广州分行)
 * @param categories the public catalog categories the law lets it receive
 * @param subscriptionId the subscription its public information arrives through
 */
public record Agency(long id, String code, String name, String uscc, String filingNumber, String filingAuthority,
		Set<String> categories, AgencyStatus status, String statusReason, UUID apiKeyId, long subscriptionId,
		String registeredBy, Instant registeredAt, Instant statusChangedAt) {

	public Agency {
		categories = Set.copyOf(categories);
	}

	public String statusName() {
		return this.status.label();
	}

}
