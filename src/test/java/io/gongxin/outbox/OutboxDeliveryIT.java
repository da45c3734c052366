package io.gongxin.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox end to end on real PostgreSQL and a real HTTP receiver on loopback (test
 * settings: five attempts, backoff from 0.2 s).
 */
@GongxinIntegrationTest
class OutboxDeliveryIT {

	static final String PAYLOAD = "{\"type\":\"quality.notice-raised\",\"data\":{\"provider\":\"广州市市场监督管理局\","
			+ "\"message\":\"2026-11 合规率 97.50%，低于目标 99%。\"}}";

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	String officerKey;

	@BeforeEach
	void officer() {
		this.officerKey = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	LoopbackReceiver receiver = LoopbackReceiver.start();

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void aReceiverThatFailsTwiceGetsTheMessageOnTheThirdAttemptSignedAndAppliesItOnce() {
		this.receiver.failNext(2, 500);
		IssuedEndpoint endpoint = register("市场监管局接收系统", this.receiver.url());
		long id = enqueue(endpoint, "quality.notice-raised", "notice-1001").orElseThrow();

		await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(id).equals("DELIVERED"));

		List<LoopbackReceiver.Request> requests = this.receiver.requests();
		assertThat(requests).hasSize(3);
		assertThat(requests).allSatisfy(request -> {
			assertThat(request.signedWith(endpoint.secret())).as("signature of attempt %s", request.attempt()).isTrue();
			assertThat(request.messageId()).isEqualTo("notice-1001");
			assertThat(request.eventType()).isEqualTo("quality.notice-raised");
			assertThat(request.body()).isEqualTo(PAYLOAD);
		});
		assertThat(requests).extracting(LoopbackReceiver.Request::attempt).containsExactly("1", "2", "3");
		assertThat(this.receiver.acknowledged()).containsExactly(java.util.Map.entry("notice-1001", 1));
		assertThat(this.jdbc.sql("SELECT error FROM outbox_attempt WHERE message_id = :id ORDER BY attempt")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("接收方返回 HTTP 500", "接收方返回 HTTP 500", null);
	}

	@Test
	void enqueueingTheSameIdempotencyKeyTwiceSendsOnce() {
		IssuedEndpoint endpoint = register("银行接收系统", this.receiver.url());
		assertThat(enqueue(endpoint, "creditfile.item-published", "item-77")).isPresent();
		assertThat(enqueue(endpoint, "creditfile.item-published", "item-77")).isEmpty();
		int fresh = this.transactions.execute(tx -> this.outbox.enqueueAll(endpoint.endpointId(),
				List.of(message("item-77"), message("item-78"), message("item-79"))));
		assertThat(fresh).isEqualTo(2);

		await().atMost(Duration.ofSeconds(20)).until(() -> this.receiver.applied().size() == 3);
		pauseForStragglers();
		assertThat(this.receiver.acknowledged()).containsOnlyKeys("item-77", "item-78", "item-79")
			.allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
	}

	@Test
	void aMessageCannotBeWrittenOutsideTheSendersTransaction() {
		IssuedEndpoint endpoint = register("无事务", this.receiver.url());
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.enqueue(endpoint.endpointId(), message("no-tx")));
	}

	@Test
	void aMessageRolledBackWithItsTransactionIsNeverSent() {
		IssuedEndpoint endpoint = register("回滚", this.receiver.url());
		this.transactions.executeWithoutResult(tx -> {
			this.outbox.enqueue(endpoint.endpointId(), message("rolled-back"));
			tx.setRollbackOnly();
		});
		assertThat(enqueue(endpoint, "quality.notice-raised", "committed")).isPresent();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.receiver.applied().contains("committed"));
		assertThat(this.receiver.requests()).extracting(LoopbackReceiver.Request::messageId)
			.doesNotContain("rolled-back");
	}

	@Test
	void aDeadLetterIsShownWithItsErrorAndDeliveredOnceAfterTheOfficerFixesTheTarget() throws Exception {
		URI nobodyListens = URI.create("http://127.0.0.1:" + freePort() + "/hook");
		IssuedEndpoint endpoint = register("区税务局接收系统", nobodyListens);
		long id = enqueue(endpoint, "quality.notice-raised", "dead-1").orElseThrow();

		await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(id).equals("DEAD"));
		this.mvc.perform(get("/api/ops/outbox/dead-letters").header("X-API-Key", this.officerKey))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].lastError".formatted(id)).value("无法连接接收方"))
			.andExpect(jsonPath("$[?(@.id == %d)].attempts".formatted(id)).value(5));
		// the page names the event and the handlers of unfinished events, never a Java or
		// external type name
		this.jdbc
			.sql("""
					INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
					VALUES (gen_random_uuid(), 'io.gongxin.quality.internal.MetricsListener.on(io.gongxin.ingest.RecordsAccepted)',
					        'io.gongxin.ingest.RecordsAccepted', '{}', now())
					""")
			.update();
		String page = this.mvc.perform(get("/ops/outbox").header("X-API-Key", this.officerKey))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(">" + io.gongxin.platform.EventTitles.of("quality.notice-raised").orElseThrow() + "<")
			.contains(">数据质量<")
			.contains(">" + io.gongxin.platform.EventTitles.of("io.gongxin.ingest.RecordsAccepted").orElseThrow() + "<")
			.doesNotContain("io.gongxin")
			.doesNotContain(">quality.notice-raised<");
		this.jdbc.sql(
				"DELETE FROM event_publication WHERE event_type = 'io.gongxin.ingest.RecordsAccepted' AND serialized_event = '{}'")
			.update();

		this.mvc
			.perform(put("/api/ops/outbox/endpoints/{id}/url", endpoint.endpointId())
				.header("X-API-Key", this.officerKey)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + this.receiver.url() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(this.receiver.url().toString()));
		this.mvc.perform(post("/api/ops/outbox/dead-letters/{id}/resend", id).header("X-API-Key", this.officerKey))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resent").value(1));

		await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(id).equals("DELIVERED"));
		assertThat(this.receiver.acknowledged()).containsExactly(java.util.Map.entry("dead-1", 1));
		assertThat(this.receiver.requests().get(0).signedWith(endpoint.secret())).isTrue();
	}

	@Test
	void aWrongTargetUrlIsAProblemNotAChange() throws Exception {
		IssuedEndpoint endpoint = register("地址校验", this.receiver.url());
		this.mvc
			.perform(put("/api/ops/outbox/endpoints/{id}/url", endpoint.endpointId())
				.header("X-API-Key", this.officerKey)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"ftp://example.org/x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-OUT-002"));
		this.mvc.perform(post("/api/ops/outbox/endpoints/{id}/resend", 999_999).header("X-API-Key", this.officerKey))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-OUT-001"));
		assertThat(this.outbox.endpoint(endpoint.endpointId()).orElseThrow().url()).isEqualTo(this.receiver.url());
	}

	@Test
	void aPausedEndpointKeepsItsMessagesUntilResumed() {
		IssuedEndpoint endpoint = register("暂停", this.receiver.url());
		SystemActor.runAs("test", () -> this.outbox.setActive(endpoint.endpointId(), false));
		long id = enqueue(endpoint, "quality.notice-raised", "paused-1").orElseThrow();
		pauseForStragglers();
		assertThat(stateOf(id)).isEqualTo("PENDING");
		assertThat(this.receiver.requests()).isEmpty();

		SystemActor.runAs("test", () -> this.outbox.setActive(endpoint.endpointId(), true));
		await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(id).equals("DELIVERED"));
	}

	@Test
	void theSecretIsStoredOnlyEncrypted() {
		IssuedEndpoint endpoint = register("密钥", this.receiver.url());
		String stored = this.jdbc.sql("SELECT secret_ciphertext FROM outbox_endpoint WHERE id = :id")
			.param("id", endpoint.endpointId())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(endpoint.secret()).isNotBlank();
		assertThat(endpoint.toString()).doesNotContain(endpoint.secret());
	}

	IssuedEndpoint register(String name, URI url) {
		return SystemActor.callAs("test", (Supplier<IssuedEndpoint>) () -> this.outbox
			.registerEndpoint(new NewEndpoint(name, url, "test:outbox", "GZ-SCJGJ")));
	}

	Optional<Long> enqueue(IssuedEndpoint endpoint, String type, String key) {
		return this.transactions
			.execute(tx -> this.outbox.enqueue(endpoint.endpointId(), new OutgoingMessage(type, key, PAYLOAD)));
	}

	static OutgoingMessage message(String key) {
		return new OutgoingMessage("creditfile.item-published", key, PAYLOAD);
	}

	String stateOf(long id) {
		return this.jdbc.sql("SELECT status FROM outbox_message WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	static void pauseForStragglers() {
		try {
			Thread.sleep(800);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
