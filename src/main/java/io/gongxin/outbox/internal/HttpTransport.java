package io.gongxin.outbox.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;

/** Webhook delivery over HTTP/1.1 with the JDK client; connections are kept alive. */
@Component
class HttpTransport implements Transport {

	private final HttpClient http;

	HttpTransport(OutboxSettings settings) {
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(Math.max(2, settings.workers()),
					DeliveryWorkers.daemon("outbox-http")))
			.build();
	}

	@Override
	public CompletableFuture<Integer> post(URI url, Map<String, String> headers, String body, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		return this.http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode);
	}

}
