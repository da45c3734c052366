package io.gongxin.outbox.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * For the outbox bench: answers 204 in-process for endpoints on the host
 * {@code in-process.invalid}, and hands every other message to the real HTTP transport.
 * It lets the bench measure the outbox's own work (enqueue, claim, sign, record the
 * attempt, settle) against the bare database loop with no network on either side.
 */
public final class InProcessTransport implements Transport {

	public static final String HOST = "in-process.invalid";

	public static final AtomicLong ACKNOWLEDGED = new AtomicLong();

	private final Transport http;

	private InProcessTransport(Transport http) {
		this.http = http;
	}

	/** Registers this transport as the primary one, in front of the HTTP transport. */
	public static ApplicationContextInitializer<GenericApplicationContext> installer() {
		return context -> context.registerBean(InProcessTransport.class,
				() -> new InProcessTransport(context.getBean(HttpTransport.class)),
				definition -> definition.setPrimary(true));
	}

	@Override
	public CompletableFuture<Integer> post(URI url, Map<String, String> headers, String body, Duration timeout) {
		if (HOST.equals(url.getHost())) {
			ACKNOWLEDGED.incrementAndGet();
			return CompletableFuture.completedFuture(204);
		}
		return this.http.post(url, headers, body, timeout);
	}

}
