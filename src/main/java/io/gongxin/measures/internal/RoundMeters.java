package io.gongxin.measures.internal;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators and the bench read of the rounds ({@code /actuator/prometheus}): how
 * many checks a round gathers, how long a check waits for its round, and where a round's
 * time goes. A round is bound by its trips to the database, not by what they carry
 * (docs/benchmarks.md, issue 15, tenth session), so these show at once whether a change
 * made rounds shorter, larger or neither.
 */
final class RoundMeters {

	private final DistributionSummary size;

	private final Timer queued;

	private final Timer round;

	private final Timer reads;

	private final Timer compose;

	private final Timer store;

	private final Timer commit;

	RoundMeters(MeterRegistry registry) {
		this.size = DistributionSummary.builder("gongxin.checks.round.size")
			.description("Checks answered together in one round")
			.register(registry);
		this.queued = Timer.builder("gongxin.checks.round.queued")
			.description("A check's wait in the queue until its round starts")
			.register(registry);
		this.round = Timer.builder("gongxin.checks.round")
			.description("A shared round that committed, from its start to its commit")
			.register(registry);
		this.reads = step(registry, "reads");
		this.compose = step(registry, "compose");
		this.store = step(registry, "store");
		this.commit = step(registry, "commit");
	}

	private static Timer step(MeterRegistry registry, String step) {
		return Timer.builder("gongxin.checks.round.step")
			.description("Time a shared round spends in each step; commit includes the audit append")
			.tag("step", step)
			.register(registry);
	}

	void started(int checks) {
		this.size.record(checks);
	}

	void queued(long nanos) {
		this.queued.record(nanos, TimeUnit.NANOSECONDS);
	}

	void steps(long began, long answered, long composed, long stored) {
		this.reads.record(answered - began, TimeUnit.NANOSECONDS);
		this.compose.record(composed - answered, TimeUnit.NANOSECONDS);
		this.store.record(stored - composed, TimeUnit.NANOSECONDS);
	}

	void committed(long began, long stored) {
		long now = System.nanoTime();
		this.commit.record(now - stored, TimeUnit.NANOSECONDS);
		this.round.record(now - began, TimeUnit.NANOSECONDS);
	}

}
