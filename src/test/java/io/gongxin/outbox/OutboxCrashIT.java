package io.gongxin.outbox;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import io.gongxin.support.ChildPlatform;
import io.gongxin.support.LoopbackReceiver;
import io.gongxin.support.OutboxEndpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the platform (JVM and database) while webhook deliveries are in flight, starts it
 * again, and checks that every message reaches its receiver and takes effect exactly
 * once: none is lost, and the ones sent again after the crash are recognised by their
 * message id.
 */
class OutboxCrashIT {

	static final int MESSAGES = 40;

	static final String SECRET = "whsec_crash-test-secret-for-the-receiver";

	@Test
	void deliveriesInterruptedByAKillAreCompletedOnceAfterRestart(@TempDir Path temp) throws Exception {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		ChildPlatform platform = new ChildPlatform(temp,
				"--gongxin.outbox.secret-key=" + Base64.getEncoder().encodeToString(key), "--gongxin.outbox.lease=PT8S",
				"--gongxin.outbox.request-timeout=PT6S", "--gongxin.outbox.poll-interval=PT0.2S",
				"--gongxin.outbox.backoff-base=PT0.5S", "--gongxin.outbox.batch-size=10");
		try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
			// the receiver is slow: deliveries are in flight when the platform dies
			receiver.hold(Duration.ofSeconds(3));
			platform.start();
			try {
				writeMessages(platform, key, receiver);
				ChildPlatform.await(() -> receiver.requests().size() >= 5, Duration.ofSeconds(30), "deliveries");
			}
			finally {
				platform.kill();
			}
			long deliveredBeforeCrash = receiver.applied().size();
			assertThat(deliveredBeforeCrash).as("the crash came before everything was delivered").isLessThan(MESSAGES);

			receiver.hold(Duration.ZERO);
			platform.start();
			try {
				ChildPlatform.await(
						() -> platform
							.count("SELECT count(*) FROM outbox_message WHERE status = 'DELIVERED'") == MESSAGES,
						Duration.ofMinutes(2), "every message delivered");
				Set<String> expected = new HashSet<>();
				for (int i = 0; i < MESSAGES; i++) {
					expected.add("crash-" + i);
				}
				assertThat(receiver.applied()).isEqualTo(expected);
				assertThat(receiver.requests()).allSatisfy(request -> assertThat(request.signedWith(SECRET)).isTrue());
				assertThat(platform.count("SELECT count(*) FROM outbox_message WHERE status <> 'DELIVERED'")).isZero();
				// what was in flight at the kill went out again: the receiver saw those
				// ids twice
				// and applied them once
				assertThat(receiver.requests().size()).isGreaterThan(MESSAGES);
			}
			finally {
				platform.stop();
			}
		}
	}

	/**
	 * An endpoint and its messages, as a committed transaction leaves them in the outbox.
	 */
	private static void writeMessages(ChildPlatform platform, byte[] key, LoopbackReceiver receiver) throws Exception {
		try (Connection connection = platform.connect()) {
			long endpoint = OutboxEndpoints.insert(connection, "崩溃测试接收方", receiver.url().toString(), "test:crash", key,
					SECRET);
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							INSERT INTO outbox_message (endpoint_id, event_type, idempotency_key, payload, next_attempt_at, created_at)
							VALUES (?, 'quality.notice-raised', ?, ?, now(), now())
							""")) {
				for (int i = 0; i < MESSAGES; i++) {
					insert.setLong(1, endpoint);
					insert.setString(2, "crash-" + i);
					insert.setString(3, "{\"notice\":" + i + ",\"message\":\"有 3 条问题数据超过 5 个工作日未改正\"}");
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
	}

}
