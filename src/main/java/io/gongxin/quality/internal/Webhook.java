package io.gongxin.quality.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.gongxin.quality.Notice;
import io.gongxin.quality.QualityTargets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs notices as JSON to the configured URL. A failed delivery is logged and left
 * undelivered; the inbox still has the notice.
 */
@Component
class Webhook {

	private static final Logger log = LoggerFactory.getLogger(Webhook.class);

	private final QualityTargets settings;

	private final JsonMapper json;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Webhook(QualityTargets settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	boolean configured() {
		return !this.settings.webhookUrl().isBlank();
	}

	/** What the webhook receives for a notice. */
	record Payload(long id, String provider, String kind, String message, String createdAt) {
	}

	boolean deliver(Notice notice) {
		if (!configured()) {
			return false;
		}
		Payload body = new Payload(notice.id(), notice.providerCode(), notice.kind(), notice.message(),
				notice.createdAt().toString());
		try {
			HttpResponse<Void> response = this.client
				.send(HttpRequest.newBuilder(URI.create(this.settings.webhookUrl()))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json; charset=utf-8")
					.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2;
		}
		catch (java.io.IOException | RuntimeException ex) {
			log.warn("Notice {} could not be delivered to the webhook: {}", notice.id(), ex.toString());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
