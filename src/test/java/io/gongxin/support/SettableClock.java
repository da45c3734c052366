package io.gongxin.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets to a given local time in the platform's zone; it keeps ticking from
 * there, so background workers that wait for time to pass still see it pass.
 */
public final class SettableClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<java.time.Duration> offset = new AtomicReference<>(java.time.Duration.ZERO);

	/** From now on the clock reads {@code local} (in Asia/Shanghai), ticking on. */
	public void set(LocalDateTime local) {
		this.offset.set(java.time.Duration.between(Instant.now(), local.atZone(ZONE).toInstant()));
	}

	public void reset() {
		this.offset.set(java.time.Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
