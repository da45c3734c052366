package io.gongxin.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTests {

	static final Instant T0 = Instant.parse("2026-11-25T04:00:00Z");

	@Test
	void aClientMaySpendItsBurstThenWaitsForTheRefill() {
		RateLimiter limiter = new RateLimiter(3, 1, Clock.fixed(T0, ZoneOffset.UTC));
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.tryAcquire("b")).isTrue();
		assertThat(limiter.retryAfterSeconds()).isEqualTo(1);
	}

	static final class SteppingClock extends Clock {

		private Instant now = T0;

		void step(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void tokensComeBackAtTheRefillRateButNeverAboveTheBurst() {
		SteppingClock clock = new SteppingClock();
		RateLimiter limiter = new RateLimiter(2, 2, clock);
		limiter.tryAcquire("a");
		limiter.tryAcquire("a");
		assertThat(limiter.tryAcquire("a")).isFalse();
		clock.step(Duration.ofMillis(500));
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
		clock.step(Duration.ofHours(1));
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
	}

	@Test
	void aLimitNeedsAPositiveBurstAndRate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, 1, Clock.systemUTC()));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(1, 0, Clock.systemUTC()));
	}

}
