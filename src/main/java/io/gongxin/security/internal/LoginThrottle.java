package io.gongxin.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one user name
 * (or from one address) within the window, further attempts are refused until the window
 * has passed, whatever the password.
 */
@Component
class LoginThrottle {

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, @Value("${gongxin.security.login.max-failures:5}") int maxFailures,
			@Value("${gongxin.security.login.lock-window:PT15M}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	boolean locked(String username, String address) {
		return count(userKey(username)) >= this.maxFailures || count(addressKey(address)) >= this.maxFailures * 4;
	}

	void failed(String username, String address) {
		record(userKey(username));
		record(addressKey(address));
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private int count(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	private void record(String key) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(Instant.now(this.clock));
		}
		if (this.failures.size() > 100_000) {
			this.failures.entrySet().removeIf(entry -> count(entry.getKey()) == 0);
		}
	}

	private void prune(Deque<Instant> times) {
		Instant horizon = Instant.now(this.clock).minus(this.window);
		while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
			times.removeFirst();
		}
	}

	private static String userKey(String username) {
		return "u:" + String.valueOf(username).toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

}
