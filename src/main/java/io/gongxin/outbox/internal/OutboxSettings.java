package io.gongxin.outbox.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the delivery workers behave ({@code gongxin.outbox.*}).
 *
 * @param workers concurrent senders
 * @param batchSize messages claimed at once
 * @param pollInterval how often idle workers look for due messages (a commit that
 * enqueues wakes them at once)
 * @param lease how long a claimed message is reserved for its sender; after that it is
 * claimed again (a killed sender gives its messages back)
 * @param maxAttempts attempts before a message becomes a dead letter
 * @param backoffBase wait after the first failure; doubled after each further one
 * @param backoffCap longest wait between attempts
 * @param connectTimeout HTTP connect timeout
 * @param requestTimeout HTTP request timeout (must stay below the lease)
 */
@ConfigurationProperties("gongxin.outbox")
record OutboxSettings(@DefaultValue("4") int workers, @DefaultValue("100") int batchSize,
		@DefaultValue("PT0.5S") Duration pollInterval, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("16") int maxAttempts, @DefaultValue("PT10S") Duration backoffBase,
		@DefaultValue("PT6H") Duration backoffCap, @DefaultValue("PT5S") Duration connectTimeout,
		@DefaultValue("PT30S") Duration requestTimeout, @DefaultValue("true") boolean enabled) {

	OutboxSettings {
		if (workers < 1 || batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("gongxin.outbox: workers, batch size and attempts must be positive");
		}
		if (requestTimeout.compareTo(lease) >= 0) {
			throw new IllegalArgumentException("gongxin.outbox.request-timeout must be shorter than the lease");
		}
	}

	Backoff backoff() {
		return new Backoff(this.backoffBase, this.backoffCap);
	}

}
