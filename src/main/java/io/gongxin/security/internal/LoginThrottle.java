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
 * Slows password guessing without handing outsiders a way to lock people out. Failures
 * count per user name and address together: five wrong passwords for one user from one
 * address close that pair for the window, so a stranger guessing the administrator's
 * password locks only himself out. An address failing twenty times (any user names) is
 * closed as a whole. A user name failing fifty times from all addresses together (a
 * spread-out guessing attack) is closed too, except at the addresses it last signed in
 * from successfully: the owner at the usual desk still gets in.
 */
@Component
class LoginThrottle {

	private static final int TRUSTED_PER_USER = 10;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Deque<String>> trusted = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, @Value("${gongxin.security.login.max-failures:5}") int maxFailures,
			@Value("${gongxin.security.login.lock-window:PT15M}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	boolean locked(String username, String address) {
		return count(pairKey(username, address)) >= this.maxFailures
				|| count(addressKey(address)) >= this.maxFailures * 4
				|| (count(userKey(username)) >= this.maxFailures * 10 && !trusted(username, address));
	}

	void failed(String username, String address) {
		record(pairKey(username, address));
		record(addressKey(address));
		record(userKey(username));
	}

	void succeeded(String username, String address) {
		this.failures.remove(pairKey(username, address));
		Deque<String> addresses = this.trusted.computeIfAbsent(userKey(username), k -> new ArrayDeque<>());
		synchronized (addresses) {
			addresses.remove(address);
			addresses.addFirst(address);
			while (addresses.size() > TRUSTED_PER_USER) {
				addresses.removeLast();
			}
		}
		if (this.trusted.size() > 100_000) {
			this.trusted.clear();
		}
	}

	private boolean trusted(String username, String address) {
		Deque<String> addresses = this.trusted.get(userKey(username));
		if (addresses == null) {
			return false;
		}
		synchronized (addresses) {
			return addresses.contains(address);
		}
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

	private static String pairKey(String username, String address) {
		return "p:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + address;
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

}
