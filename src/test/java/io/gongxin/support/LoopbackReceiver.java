package io.gongxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gongxin.outbox.WebhookSignature;

/**
 * A webhook receiver on loopback, as a department's system would run one: it records
 * every request, answers with a scripted status (failing the first n requests, say), and
 * applies each message's effect once per {@code X-GongXin-Message-Id}, the way the
 * verification guide tells receivers to.
 */
public final class LoopbackReceiver implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private volatile int failureStatus = 500;

	private volatile Duration hold = Duration.ZERO;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();

	private LoopbackReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(16));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static LoopbackReceiver start() {
		return new LoopbackReceiver();
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook");
	}

	/** The next {@code n} requests are answered with {@code status}. */
	public LoopbackReceiver failNext(int n, int status) {
		this.failureStatus = status;
		this.failuresLeft.set(n);
		return this;
	}

	/** Every request is held this long before it is answered. */
	public LoopbackReceiver hold(Duration hold) {
		this.hold = hold;
		return this;
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * How many times each message id was acknowledged with a 2xx. A receiver applies the
	 * effect on the first one only, so the effect happens once per id whatever this
	 * count; a count above one means the platform sent an acknowledged message again.
	 */
	public Map<String, Integer> acknowledged() {
		return Map.copyOf(this.acknowledged);
	}

	/** The message ids whose effect was applied (each exactly once). */
	public java.util.Set<String> applied() {
		return java.util.Set.copyOf(this.acknowledged.keySet());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst(WebhookSignature.MESSAGE_ID);
			this.requests.add(new Request(id, exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_TYPE),
					exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP),
					exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE),
					exchange.getRequestHeaders().getFirst(WebhookSignature.ATTEMPT), body, Instant.now()));
			if (!this.hold.isZero()) {
				try {
					Thread.sleep(this.hold.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (this.failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				exchange.sendResponseHeaders(this.failureStatus, -1);
				return;
			}
			if (id != null) {
				// the idempotent receiver: the effect of a message id happens on its
				// first acknowledgement only
				this.acknowledged.merge(id, 1, Integer::sum);
			}
			exchange.sendResponseHeaders(204, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as received. */
	public record Request(String messageId, String eventType, String timestamp, String signature, String attempt,
			String body, Instant receivedAt) {

		public boolean signedWith(String secret) {
			return WebhookSignature.verify(secret, this.messageId, this.timestamp, this.body, this.signature,
					Instant.now(), Duration.ofMinutes(5));
		}

	}

}
