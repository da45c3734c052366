package io.gongxin.outbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import io.gongxin.GongxinApplication;
import io.gongxin.outbox.internal.InProcessTransport;
import io.gongxin.platform.SystemActor;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox bench (not a test; see docs/benchmarks.md). Starts the platform on a fresh
 * embedded PostgreSQL and a receiver on loopback that answers 204 at once, then measures:
 * {@code throughput} — messages through the outbox (enqueue in transactions of 100, the
 * real workers, signed HTTP to the receiver) against a bare loop on the same table (plain
 * INSERTs, then SELECT … FOR UPDATE SKIP LOCKED and UPDATE, no HTTP), same run;
 * {@code lag} — 200 messages a second for 60 s, receive time minus commit time;
 * {@code backlog} — a million pending messages drained, used heap after GC sampled.
 */
final class OutboxBench {

	static final String PAYLOAD = "{\"type\":\"creditfile.item-published\",\"data\":{\"subjectName\":\"广州市天河区某某科技有限公司\","
			+ "\"subjectCode\":\"91440106MA9X3B4L2Q\",\"categoryCode\":\"XZCF\",\"documentNumber\":\"穗市监罚〔2026〕3101号\","
			+ "\"decisionDate\":\"2026-11-30\",\"summary\":\"罚款人民币2万元\"}}";

	private OutboxBench() {
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "all";
		int n = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		Path data = Files.createTempDirectory("gongxin-outbox-bench");
		SpringApplication application = new SpringApplication(GongxinApplication.class);
		application.addInitializers(InProcessTransport.installer());
		ConfigurableApplicationContext context = application.run(
				"--gongxin.database.embedded.data-directory=" + data.resolve("pg"), "--server.port=0",
				"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + data.resolve("keys"),
				"--gongxin.audit.witness-file=" + data.resolve("witness.log"),
				"--logging.file.name=" + data.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
				"--gongxin.creditfile.schedule.enabled=false", "--logging.level.root=WARN");
		Receiver receiver = new Receiver();
		try {
			Outbox outbox = context.getBean(Outbox.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			TransactionTemplate tx = context.getBean(TransactionTemplate.class);
			if (mode.equals("all") || mode.equals("throughput")) {
				throughput(outbox, jdbc, tx, receiver, n);
			}
			if (mode.equals("all") || mode.equals("lag")) {
				lag(outbox, tx, receiver, 200, 60);
			}
			if (mode.equals("all") || mode.equals("backlog")) {
				backlog(outbox, jdbc, receiver, (args.length > 2) ? Integer.parseInt(args[2]) : 1_000_000);
			}
		}
		finally {
			receiver.server.stop(0);
			context.close();
			try (var paths = Files.walk(data)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
		// the load generator's and receiver's pools would keep an idle JVM (and its CPU
		// use) alive after the bench
		System.exit(0);
	}

	static void throughput(Outbox outbox, JdbcTemplate jdbc, TransactionTemplate tx, Receiver receiver, int n)
			throws Exception {
		// baseline: a paused endpoint, so the real workers leave its rows alone
		long bare = register(outbox, receiver, "bare");
		SystemActor.runAs("bench", () -> outbox.setActive(bare, false));
		long t0 = System.nanoTime();
		Thread producer = new Thread(() -> {
			for (int i = 0; i < n; i += 100) {
				List<Object[]> rows = new ArrayList<>(100);
				for (int j = i; j < Math.min(n, i + 100); j++) {
					rows.add(new Object[] { bare, "creditfile.item-published", "bare-" + j, PAYLOAD });
				}
				tx.executeWithoutResult(status -> jdbc.batchUpdate(
						"""
								INSERT INTO outbox_message (endpoint_id, event_type, idempotency_key, payload, next_attempt_at, created_at)
								VALUES (?, ?, ?, ?, now(), now())""",
						rows));
			}
		});
		producer.start();
		AtomicLong done = new AtomicLong();
		List<Thread> consumers = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			Thread consumer = new Thread(() -> {
				while (done.get() < n) {
					Integer claimed = tx.execute(status -> {
						List<Long> ids = jdbc.queryForList("""
								SELECT id FROM outbox_message WHERE endpoint_id = ? AND status = 'PENDING'
								ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED""", Long.class, bare);
						if (!ids.isEmpty()) {
							jdbc.update(
									"UPDATE outbox_message SET status = 'DELIVERED', delivered_at = now() WHERE id = ANY (?)",
									(Object) ids.toArray(Long[]::new));
						}
						return ids.size();
					});
					done.addAndGet(claimed);
					if (claimed == 0) {
						sleep(5);
					}
				}
			});
			consumers.add(consumer);
			consumer.start();
		}
		producer.join();
		for (Thread consumer : consumers) {
			consumer.join();
		}
		double bareSeconds = (System.nanoTime() - t0) / 1e9;

		double inProcessSeconds = throughOutbox(outbox, jdbc, tx,
				register(outbox, URI.create("http://" + InProcessTransport.HOST + "/hook"), "in-process"), "ip-", n);
		double outboxSeconds = throughOutbox(outbox, jdbc, tx, register(outbox, receiver, "outbox"), "msg-", n);
		double httpSeconds = bareHttp(receiver, n);
		System.out.printf("throughput: bare INSERT + SKIP LOCKED loop %,d msgs in %.2f s = %,.0f msg/s%n", n,
				bareSeconds, n / bareSeconds);
		System.out.printf(
				"throughput: outbox, in-process receiver (enqueue + workers + signing + attempts, no network) %,d msgs in %.2f s = %,.0f msg/s%n",
				n, inProcessSeconds, n / inProcessSeconds);
		System.out.printf("throughput: outbox, signed HTTP to the loopback receiver %,d msgs in %.2f s = %,.0f msg/s%n",
				n, outboxSeconds, n / outboxSeconds);
		System.out.printf(
				"throughput: bare HTTP only (same client, batches of 100, no database) %,d requests in %.2f s = %,.0f req/s%n",
				n, httpSeconds, n / httpSeconds);
		System.out.printf(
				"throughput ratio outbox (no network) / bare = %.2f (goal >= 0.5); outbox over HTTP / bare = %.2f; "
						+ "in-process acks %,d, receiver got %,d requests, %,d failed attempts%n",
				bareSeconds / inProcessSeconds, bareSeconds / outboxSeconds, InProcessTransport.ACKNOWLEDGED.get(),
				receiver.count.get(),
				jdbc.queryForObject("SELECT count(*) FROM outbox_attempt WHERE error IS NOT NULL", Long.class));
	}

	static double throughOutbox(Outbox outbox, JdbcTemplate jdbc, TransactionTemplate tx, long endpoint, String prefix,
			int n) {
		long t0 = System.nanoTime();
		for (int i = 0; i < n; i += 100) {
			List<OutgoingMessage> batch = new ArrayList<>(100);
			for (int j = i; j < Math.min(n, i + 100); j++) {
				batch.add(new OutgoingMessage("creditfile.item-published", prefix + j, PAYLOAD));
			}
			tx.executeWithoutResult(status -> outbox.enqueueAll(endpoint, batch));
		}
		waitDelivered(jdbc, endpoint, n);
		return (System.nanoTime() - t0) / 1e9;
	}

	/** The transport alone: the same HTTP client sending the same body, 100 at a time. */
	static double bareHttp(Receiver receiver, int n) {
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.build();
		long t0 = System.nanoTime();
		for (int i = 0; i < n; i += 100) {
			List<java.util.concurrent.CompletableFuture<?>> sends = new ArrayList<>();
			for (int j = i; j < Math.min(n, i + 100); j++) {
				sends.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(receiver.url())
					.header("Content-Type", "application/json; charset=utf-8")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(PAYLOAD))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding()));
			}
			sends.forEach(java.util.concurrent.CompletableFuture::join);
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	static void lag(Outbox outbox, TransactionTemplate tx, Receiver receiver, int perSecond, int seconds)
			throws Exception {
		long endpoint = register(outbox, receiver, "lag");
		receiver.committed.clear();
		receiver.received.clear();
		long interval = 1_000_000_000L / perSecond;
		long start = System.nanoTime();
		int total = perSecond * seconds;
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			String key = "lag-" + i;
			tx.executeWithoutResult(
					status -> outbox.enqueue(endpoint, new OutgoingMessage("creditfile.item-published", key, PAYLOAD)));
			receiver.committed.put(key, System.nanoTime());
		}
		double sent = (System.nanoTime() - start) / 1e9;
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (receiver.received.size() < total && System.nanoTime() < deadline) {
			sleep(100);
		}
		List<Long> lags = new ArrayList<>();
		receiver.received.forEach((key, at) -> lags.add(Math.max(0, at - receiver.committed.get(key))));
		Collections.sort(lags);
		System.out.printf(
				"lag: %,d messages at %.0f/s (offered over %.1f s), %,d received; p50 %.1f ms, p95 %.1f ms, "
						+ "p99 %.1f ms, max %.1f ms (goal p95 < 5 s)%n",
				total, total / sent, sent, lags.size(), pct(lags, 0.50), pct(lags, 0.95), pct(lags, 0.99),
				lags.get(lags.size() - 1) / 1e6);
	}

	static void backlog(Outbox outbox, JdbcTemplate jdbc, Receiver receiver, int n) throws Exception {
		long endpoint = register(outbox, receiver, "backlog");
		SystemActor.runAs("bench", () -> outbox.setActive(endpoint, false));
		long t0 = System.nanoTime();
		jdbc.update(
				"""
						INSERT INTO outbox_message (endpoint_id, event_type, idempotency_key, payload, next_attempt_at, created_at)
						SELECT ?, 'creditfile.item-published', 'backlog-' || g, ?, now(), now() FROM generate_series(1, ?) g""",
				endpoint, PAYLOAD, n);
		System.out.printf("backlog: %,d pending messages written in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		System.out.printf("backlog: heap used after GC before draining %.0f MB (max %.0f MB)%n",
				memory.getHeapMemoryUsage().getUsed() / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
		long t1 = System.nanoTime();
		SystemActor.runAs("bench", () -> outbox.setActive(endpoint, true));
		List<String> samples = new ArrayList<>();
		while (true) {
			sleep(10_000);
			Long pending = jdbc.queryForObject(
					"SELECT count(*) FROM outbox_message WHERE endpoint_id = ? AND status = 'PENDING'", Long.class,
					endpoint);
			System.gc();
			String sample = String.format("%.0fs: %,d pending, heap %.0f MB", (System.nanoTime() - t1) / 1e9, pending,
					memory.getHeapMemoryUsage().getUsed() / 1e6);
			samples.add(sample);
			System.out.println("backlog: " + sample);
			if (pending == 0) {
				break;
			}
		}
		double seconds = (System.nanoTime() - t1) / 1e9;
		System.out.printf("backlog: %,d messages drained in %.1f s = %,.0f msg/s%n", n, seconds, n / seconds);
	}

	static long register(Outbox outbox, Receiver receiver, String name) {
		return register(outbox, receiver.url(), name);
	}

	static long register(Outbox outbox, URI url, String name) {
		return SystemActor.callAs("bench",
				() -> outbox.registerEndpoint(new NewEndpoint("压测接收方 " + name, url, "bench:" + name, null))
					.endpointId());
	}

	static void waitDelivered(JdbcTemplate jdbc, long endpoint, int n) {
		while (jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE endpoint_id = ? AND status = 'DELIVERED'",
				Long.class, endpoint) < n) {
			sleep(50);
		}
	}

	static double pct(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Answers 204 at once; for the lag run, notes when each message arrived. */
	static final class Receiver {

		final HttpServer server;

		final AtomicLong count = new AtomicLong();

		final Map<String, Long> committed = new ConcurrentHashMap<>();

		final Map<String, Long> received = new ConcurrentHashMap<>();

		Receiver() throws IOException {
			// the JDK server closes pooled keep-alive connections early by default, which
			// a
			// client sees as failed sends; a production receiver keeps them open
			System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
			System.setProperty("sun.net.httpserver.idleInterval", "600");
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
			this.server.setExecutor(Executors.newFixedThreadPool(16));
			this.server.createContext("/", exchange -> {
				long now = System.nanoTime();
				exchange.getRequestBody().readAllBytes();
				this.count.incrementAndGet();
				String key = exchange.getRequestHeaders().getFirst(WebhookSignature.MESSAGE_ID);
				if (key != null && key.startsWith("lag-")) {
					this.received.putIfAbsent(key, now);
				}
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			this.server.start();
		}

		URI url() {
			return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook");
		}

	}

}
