package io.gongxin.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.RequestHandledEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request is timed once, by URI pattern and outcome; the security chain adds no
 * observation of its own around each filter and each authorization decision, and no
 * application event is published per request (nothing listens; every listener of the
 * context would be asked).
 */
@GongxinIntegrationTest
class RequestObservationsIT {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Accounts accounts;

	@Autowired
	ConfigurableApplicationContext context;

	final HttpClient client = HttpClient.newHttpClient();

	@Test
	void requestsAreTimedWithoutAnObservationPerSecurityFilter() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		assertThat(get("/portal/measures", null).statusCode()).isEqualTo(200);
		assertThat(get("/api/subjects?q=x", key).statusCode()).isLessThan(500);
		assertThat(get("/api/subjects?q=x", null).statusCode()).isEqualTo(401);

		assertThat(this.meters.getMeters()).map(Meter::getId)
			.map(Meter.Id::getName)
			.noneMatch(name -> name.startsWith("spring.security"));
		// the suite's shared context may already hold as many URI tags as the registry
		// admits (management.metrics.web.server.max-uri-tags), so the timers are not
		// looked up by this test's URIs
		assertThat(this.meters.find("http.server.requests").timers()).isNotEmpty();
	}

	@Test
	void aHandledRequestPublishesNoApplicationEvent() throws Exception {
		List<RequestHandledEvent> published = new CopyOnWriteArrayList<>();
		ApplicationListener<RequestHandledEvent> listener = published::add;
		this.context.addApplicationListener(listener);
		try {
			assertThat(get("/portal/measures", null).statusCode()).isEqualTo(200);
			assertThat(get("/api/subjects?q=x", null).statusCode()).isEqualTo(401);
		}
		finally {
			this.context.removeApplicationListener(listener);
		}
		assertThat(published).isEmpty();
	}

	private HttpResponse<String> get(String path, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", (key == null && path.startsWith("/portal")) ? "text/html" : "application/json");
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
