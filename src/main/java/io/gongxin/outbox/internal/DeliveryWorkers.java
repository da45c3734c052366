package io.gongxin.outbox.internal;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

import io.gongxin.outbox.Endpoint;
import io.gongxin.outbox.MessageStatus;
import io.gongxin.outbox.WebhookSignature;
import io.gongxin.outbox.internal.MessageStore.Claimed;
import io.gongxin.outbox.internal.MessageStore.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The delivery workers: each claims a batch of due messages, sends them all at once,
 * waits for the answers (never longer than the request timeout, which is shorter than the
 * lease), and settles the batch in two statements. Idle workers sleep until the poll
 * interval passes or a commit that enqueued something wakes them.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

	private final MessageStore messages;

	private final EndpointStore endpoints;

	private final EndpointSecrets secrets;

	private final OutboxSettings settings;

	private final Clock clock;

	private final Transport transport;

	private final Object signal = new Object();

	private final List<Thread> threads = new ArrayList<>();

	private final Counter delivered;

	private final Counter failed;

	private final Counter dead;

	private final Timer lag;

	private volatile boolean running;

	private long wakeups;

	DeliveryWorkers(MessageStore messages, EndpointStore endpoints, EndpointSecrets secrets, OutboxSettings settings,
			Clock clock, Transport transport, MeterRegistry meters) {
		this.messages = messages;
		this.endpoints = endpoints;
		this.secrets = secrets;
		this.settings = settings;
		this.clock = clock;
		this.transport = transport;
		this.delivered = meters.counter("gongxin.outbox.delivered");
		this.failed = meters.counter("gongxin.outbox.failed.attempts");
		this.dead = meters.counter("gongxin.outbox.dead");
		this.lag = meters.timer("gongxin.outbox.lag");
	}

	void wake() {
		synchronized (this.signal) {
			this.wakeups++;
			this.signal.notifyAll();
		}
	}

	/** One round: claims, sends and settles one batch; returns how many were claimed. */
	int deliverOnce() {
		Instant now = this.clock.instant();
		List<Claimed> claimed = this.messages.claim(now, now.plus(this.settings.lease()), this.settings.batchSize());
		if (claimed.isEmpty()) {
			return 0;
		}
		Map<Long, Target> targets = new HashMap<>();
		List<CompletableFuture<Outcome>> sends = new ArrayList<>(claimed.size());
		for (Claimed message : claimed) {
			Target target = targets.computeIfAbsent(message.endpointId(), this::target);
			sends.add(send(message, target));
		}
		List<Outcome> outcomes = new ArrayList<>(sends.size());
		sends.forEach(send -> outcomes.add(send.join()));
		this.messages.settle(outcomes);
		return claimed.size();
	}

	private Target target(long endpointId) {
		Endpoint endpoint = this.endpoints.find(endpointId).orElseThrow();
		return new Target(endpoint.url(), this.secrets.open(this.endpoints.sealedSecret(endpointId).orElseThrow()));
	}

	private CompletableFuture<Outcome> send(Claimed message, Target target) {
		Instant started = this.clock.instant();
		long timestamp = started.getEpochSecond();
		Map<String, String> headers = Map.of(WebhookSignature.MESSAGE_ID, message.idempotencyKey(),
				WebhookSignature.EVENT_TYPE, message.eventType(), WebhookSignature.TIMESTAMP, Long.toString(timestamp),
				WebhookSignature.ATTEMPT, Integer.toString(message.attempt()), WebhookSignature.SIGNATURE,
				WebhookSignature.sign(target.secret(), message.idempotencyKey(), timestamp, message.payload()));
		return this.transport.post(target.url(), headers, message.payload(), this.settings.requestTimeout())
			.handle((status, failure) -> outcome(message, started, status, failure));
	}

	private Outcome outcome(Claimed message, Instant started, Integer code, Throwable failure) {
		Instant at = this.clock.instant();
		long millis = Duration.between(started, at).toMillis();
		if (failure == null && code / 100 == 2) {
			this.delivered.increment();
			this.lag.record(Duration.between(message.createdAt(), at));
			return new Outcome(message.id(), message.attempt(), MessageStatus.DELIVERED, at, at, code, null, millis);
		}
		Integer status = (failure == null) ? code : null;
		String error = (failure == null) ? "接收方返回 HTTP " + code : describe(failure);
		this.failed.increment();
		if (message.attempt() >= this.settings.maxAttempts()) {
			this.dead.increment();
			log.warn("Outbox message {} to endpoint {} is a dead letter after {} attempts: {}", message.id(),
					message.endpointId(), message.attempt(), error);
			return new Outcome(message.id(), message.attempt(), MessageStatus.DEAD, at, at, status, error, millis);
		}
		Instant next = at.plus(this.settings.backoff().withJitter(message.attempt(), ThreadLocalRandom.current()));
		return new Outcome(message.id(), message.attempt(), MessageStatus.PENDING, at, next, status, error, millis);
	}

	static String describe(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof HttpTimeoutException) {
			return "接收方未在时限内应答";
		}
		if (cause instanceof ConnectException) {
			return "无法连接接收方";
		}
		String detail = (cause.getMessage() == null) ? "" : "：" + cause.getMessage();
		return "网络错误（" + cause.getClass().getSimpleName() + "）" + detail;
	}

	private void loop() {
		while (this.running) {
			int claimed = 0;
			try {
				claimed = deliverOnce();
			}
			catch (RuntimeException ex) {
				// the database may be restarting or switched (tests); try again after a
				// pause
				log.debug("Outbox delivery round failed: {}", ex.toString());
			}
			if (claimed < this.settings.batchSize()) {
				pause();
			}
		}
	}

	private void pause() {
		synchronized (this.signal) {
			long seen = this.wakeups;
			long until = System.nanoTime() + this.settings.pollInterval().toNanos();
			while (this.running && seen == this.wakeups) {
				long left = until - System.nanoTime();
				if (left <= 0) {
					return;
				}
				try {
					this.signal.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public synchronized void start() {
		if (this.running || !this.settings.enabled()) {
			return;
		}
		this.running = true;
		for (int i = 0; i < this.settings.workers(); i++) {
			Thread thread = daemon("outbox-worker").newThread(this::loop);
			thread.setName("outbox-worker-" + i);
			this.threads.add(thread);
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		wake();
		for (Thread thread : this.threads) {
			try {
				thread.join(this.settings.requestTimeout().toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	private record Target(URI url, String secret) {
	}

}
