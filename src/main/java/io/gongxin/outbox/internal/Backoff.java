package io.gongxin.outbox.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th failed attempt wait base·2^(n-1), at
 * most the cap, then add up to a fifth more at random so that many messages failing
 * together do not all come back at the same instant.
 */
record Backoff(Duration base, Duration cap) {

	Backoff {
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(cap, "cap");
		if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
			throw new IllegalArgumentException("backoff base must be positive and not above the cap");
		}
	}

	/** The wait before the next attempt, without jitter. */
	Duration after(int failedAttempts) {
		if (failedAttempts < 1) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failedAttempts - 1, 40);
		long millis = this.base.toMillis();
		for (int i = 0; i < doublings && millis < this.cap.toMillis(); i++) {
			millis *= 2;
		}
		return Duration.ofMillis(Math.min(millis, this.cap.toMillis()));
	}

	Duration withJitter(int failedAttempts, RandomGenerator random) {
		Duration wait = after(failedAttempts);
		long jitter = (long) (wait.toMillis() * 0.2 * random.nextDouble());
		return wait.plusMillis(jitter);
	}

}
