package io.gongxin.security.internal;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.gongxin.support.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final String OUTSIDER = "203.0.113.7";

	private static final String OFFICE = "10.20.1.15";

	private final SettableClock clock = new SettableClock();

	private final LoginThrottle throttle = new LoginThrottle(this.clock, 5, Duration.ofMinutes(15));

	@Test
	void aStrangerGuessingTheAdministratorsPasswordLocksOnlyHimselfOut() {
		fail("admin", OUTSIDER, 5);

		assertThat(this.throttle.locked("admin", OUTSIDER)).isTrue();
		assertThat(this.throttle.locked("admin", OFFICE)).isFalse();
	}

	@Test
	void anAddressGuessingManyUserNamesIsClosedForAllOfThem() {
		for (int user = 0; user < 20; user++) {
			fail("clerk" + user, OUTSIDER, 1);
		}

		assertThat(this.throttle.locked("someone.else", OUTSIDER)).isTrue();
		assertThat(this.throttle.locked("someone.else", OFFICE)).isFalse();
	}

	@Test
	void aSpreadOutAttackClosesTheUserNameExceptWhereItsOwnerSignsIn() {
		this.throttle.succeeded("admin", OFFICE);
		for (int address = 0; address < 50; address++) {
			fail("admin", "198.51.100." + address, 1);
		}

		assertThat(this.throttle.locked("admin", "192.0.2.1")).isTrue();
		assertThat(this.throttle.locked("admin", OFFICE)).isFalse();
	}

	@Test
	void theOwnersRightPasswordFromTheSameAddressClearsItsFailures() {
		fail("officer", OFFICE, 4);
		this.throttle.succeeded("officer", OFFICE);
		fail("officer", OFFICE, 4);

		assertThat(this.throttle.locked("officer", OFFICE)).isFalse();
	}

	@Test
	void aLockEndsWhenTheWindowHasPassed() {
		fail("admin", OUTSIDER, 5);
		this.clock.set(LocalDateTime.now(SettableClock.ZONE).plusMinutes(16));

		assertThat(this.throttle.locked("admin", OUTSIDER)).isFalse();
	}

	private void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username, address);
		}
	}

}
