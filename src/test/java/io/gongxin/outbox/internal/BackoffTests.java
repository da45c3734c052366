package io.gongxin.outbox.internal;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(6));

	@Test
	void theWaitDoublesAfterEachFailure() {
		assertThat(this.backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.backoff.after(8)).isEqualTo(Duration.ofSeconds(1280));
	}

	@Test
	void theWaitNeverExceedsTheCapEvenAfterManyFailures() {
		assertThat(this.backoff.after(12)).isEqualTo(Duration.ofSeconds(20480));
		assertThat(this.backoff.after(13)).isEqualTo(Duration.ofHours(6));
		assertThat(this.backoff.after(1000)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void jitterAddsAtMostAFifth() {
		Random random = new Random(7);
		for (int i = 0; i < 1000; i++) {
			Duration wait = this.backoff.withJitter(3, random);
			assertThat(wait).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(48));
		}
	}

	@Test
	void aZeroBaseOrACapBelowTheBaseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
	}

}
