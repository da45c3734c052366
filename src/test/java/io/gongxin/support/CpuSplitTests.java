package io.gongxin.support;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuSplitTests {

	@Test
	void aThreadsCpuIsCountedInItsGroupAndStaysThereAfterItEnds() throws InterruptedException {
		CpuSplit split = new CpuSplit(name -> name.startsWith("burner") ? "burners" : "others", "");
		Map<String, Long> before = split.sample();
		AtomicLong own = new AtomicLong();
		AtomicLong sink = new AtomicLong();
		Thread burner = new Thread(() -> {
			var threads = ManagementFactory.getThreadMXBean();
			long spun = 0;
			while (threads.getCurrentThreadCpuTime() < 30_000_000L) {
				spun += Long.numberOfTrailingZeros(spun + 1);
			}
			sink.set(spun);
			own.set(threads.getCurrentThreadCpuTime());
			split.addEnded("burners", threads.getCurrentThreadCpuTime());
		}, "burner-1");
		burner.start();
		burner.join();
		Map<String, Long> after = split.sample();

		long counted = after.get("burners") - before.getOrDefault("burners", 0L);
		assertThat(counted).isGreaterThanOrEqualTo(own.get());
		assertThat(after).containsKey(CpuSplit.JVM_INTERNAL);
	}

	@Test
	void aProcessesTicksAreReadAfterItsNameEvenWhenTheNameHoldsSpacesAndParentheses() {
		String postgres = "4242 (postgres) S 4200 4242 4242 0 -1 4194560 812 0 0 0 1500 250 0 0 20 0 1 0 93 2097152 300 "
				+ "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
		String other = "77 (tmux: server (1)) S 1 77 77 0 -1 4194560 10 0 0 0 900 100 0 0 20 0 1 0 5 0 0";

		assertThat(CpuSplit.ticksOf(postgres, "postgres")).isEqualTo(1750);
		assertThat(CpuSplit.ticksOf(other, "tmux: server (1)")).isEqualTo(1000);
		assertThat(CpuSplit.ticksOf(other, "postgres")).isZero();
	}

	@Test
	void perRequestGivesEachGroupsShareInMicrosecondsAndLeavesOutGroupsThatUsedNone() {
		Map<String, Long> before = Map.of("web threads", 1_000_000L, "round thread", 5_000L);
		Map<String, Long> after = new java.util.LinkedHashMap<>();
		after.put("web threads", 3_000_000L);
		after.put("round thread", 5_000L);
		after.put(CpuSplit.POSTGRESQL, 1_000_000L);

		String line = new CpuSplit(name -> name, "").perRequest(before, after, 1_000, 1.0);

		assertThat(line).startsWith("web threads 2 µs, PostgreSQL, all processes 1 µs; total 3 µs of the ")
			.doesNotContain("round thread");
	}

	@Test
	void theDatabasesOwnCoresAreOfferedBesideTheJvmsProcessors() {
		int jvm = Runtime.getRuntime().availableProcessors();
		Map<String, Long> after = Map.of("web threads", 1_000_000L);

		assertThat(new CpuSplit(name -> name, "2-3,5").perRequest(Map.of(), after, 1_000, 1.0))
			.endsWith("of the %d µs the %d cores offered".formatted(1_000 * (jvm + 3), jvm + 3));
		assertThat(new CpuSplit(name -> name, "").perRequest(Map.of(), after, 1_000, 1.0))
			.endsWith("of the %d µs the %d cores offered".formatted(1_000 * jvm, jvm));
	}

}
