package io.gongxin.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load for the benches: sends the requests at a fixed rate whatever the answers
 * take (so a slow server shows as latency, not as a lower offered rate), and reports
 * latency percentiles. Anything but a 200 (or the statuses given) counts as failed.
 */
public final class OpenLoad {

	/** What a run measured; latencies in nanoseconds, sorted. */
	public record Result(List<Long> latencies, double seconds, int failed, boolean finished) {

		public double percentile(int p) {
			return OpenLoad.percentile(this.latencies, p);
		}

		/** One line: requests, offered and achieved rate, failures, p50/p95/p99/max. */
		public String describe(String label, int rate) {
			return String.format(
					"%s: %,d requests at a target of %d/s in %.1f s (achieved %.1f/s), %d failed%s; "
							+ "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
					label, this.latencies.size(), rate, this.seconds, this.latencies.size() / this.seconds, this.failed,
					this.finished ? "" : " (timed out)", percentile(50), percentile(95), percentile(99),
					percentile(100));
		}

	}

	private OpenLoad() {
	}

	/** Sends at most {@code rate × seconds} of the requests, {@code rate} a second. */
	public static Result run(HttpClient client, List<HttpRequest> requests, int rate, int seconds)
			throws InterruptedException {
		return run(client, requests, rate, seconds, status -> status == 200);
	}

	/**
	 * As {@link #run(HttpClient, List, int, int)}, with the statuses that count as
	 * answered (a submission answers 201).
	 */
	public static Result run(HttpClient client, List<HttpRequest> requests, int rate, int seconds,
			java.util.function.IntPredicate answered) throws InterruptedException {
		if (rate == 0) {
			return new Result(List.of(), seconds, 0, true);
		}
		int total = Math.min(requests.size(), rate * seconds);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(total);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		clock.scheduleAtFixedRate(() -> {
			int i = next.getAndIncrement();
			if (i >= total) {
				return;
			}
			long sent = System.nanoTime();
			client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, error) -> {
					if (error != null || !answered.test(response.statusCode())) {
						failures.incrementAndGet();
					}
					latencies.add(System.nanoTime() - sent);
					done.countDown();
				});
		}, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
		boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - start) / 1e9;
		clock.shutdownNow();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(sorted, elapsed, failures.get(), finished);
	}

	/** The p-th percentile of sorted nanoseconds, in milliseconds (0 when empty). */
	public static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
