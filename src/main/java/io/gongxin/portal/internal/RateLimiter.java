package io.gongxin.portal.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code capacity} searches at once, refilled at
 * {@code perSecond}. Kept in memory: a restart forgets the buckets, which only ever lets
 * a client through.
 */
final class RateLimiter {

	private static final int MAX_CLIENTS = 100_000;

	private final double capacity;

	private final double perMilli;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

	RateLimiter(int capacity, double perSecond, Clock clock) {
		if (capacity < 1 || perSecond <= 0) {
			throw new IllegalArgumentException("a rate limit needs a capacity >= 1 and a positive refill rate");
		}
		this.capacity = capacity;
		this.perMilli = perSecond / 1000.0;
		this.clock = clock;
	}

	/** Takes a token; false when the client has none left. */
	boolean tryAcquire(String client) {
		long now = this.clock.millis();
		if (this.buckets.size() > MAX_CLIENTS) {
			// a flood of distinct addresses must not exhaust memory: start afresh
			this.buckets.clear();
		}
		Bucket bucket = this.buckets.computeIfAbsent(client, key -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			long elapsed = Math.max(0, now - bucket.at);
			bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.perMilli);
			bucket.at = now;
			if (bucket.tokens < 1) {
				return false;
			}
			bucket.tokens -= 1;
			return true;
		}
	}

	/** Seconds until the next token, for Retry-After. */
	long retryAfterSeconds() {
		return Math.max(1, (long) Math.ceil(1 / (this.perMilli * 1000)));
	}

}
