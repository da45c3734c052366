package io.gongxin.exchange;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;

import io.gongxin.support.ChildPlatform;
import io.gongxin.support.OutboxEndpoints;
import io.gongxin.support.StubTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the platform (JVM and database) while packages to the provincial platform are in
 * flight, starts it again, and checks that every owed record reaches the target exactly
 * once and is acknowledged: none lost, none doubled, the packages in flight at the kill
 * recognised by their key when they come again.
 */
class UpwardCrashIT {

	static final String SECRET = "whsec_upward-crash-test-secret";

	@TempDir
	Path temp;

	@Test
	void aBacklogInFlightAtAKillDrainsAfterTheRestartWithNothingLostOrDoubled() throws Exception {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		ChildPlatform platform = new ChildPlatform(this.temp,
				"--gongxin.outbox.secret-key=" + Base64.getEncoder().encodeToString(key), "--gongxin.outbox.lease=PT8S",
				"--gongxin.outbox.request-timeout=PT6S", "--gongxin.outbox.poll-interval=PT0.2S",
				"--gongxin.outbox.backoff-base=PT0.5S", "--gongxin.exchange.initial-delay=PT1S",
				"--gongxin.exchange.tick=PT0.5S", "--gongxin.exchange.receipt-interval=PT0.5S");
		try (StubTarget province = StubTarget.start()) {
			// the province is slow: packages are in flight when the platform dies
			province.slowNext(Integer.MAX_VALUE, Duration.ofSeconds(3));
			platform.start();
			long owed;
			try {
				owed = owe(platform, key, province);
				assertThat(owed).as("the demo holds 双公示 records to report").isGreaterThan(40);
				ChildPlatform.await(() -> province.deliveries() >= 2, Duration.ofSeconds(60), "packages in flight");
				// the demo's paused province is owed the demo's 双公示 records too, and
				// sends nothing
				assertThat(platform.count(
						"SELECT count(*) FROM exchange_item WHERE target_code = 'GD_PROVINCE' AND action = 'REPORT'"))
					.isEqualTo(owed);
			}
			finally {
				platform.kill();
			}
			assertThat(province.rowApplications()).as("the kill came before everything was held")
				.hasSizeLessThan((int) owed);

			province.slowNext(0, Duration.ZERO);
			platform.start();
			try {
				ChildPlatform.await(() -> platform.count(
						"SELECT count(*) FROM exchange_item WHERE target_code = 'GD_CRASH' AND state = 'ACKNOWLEDGED'") == owed,
						Duration.ofMinutes(2), "every owed record acknowledged");
				assertThat(province.rowApplications()).hasSize((int) owed);
				assertThat(province.rowApplications().values()).containsOnly(1);
				assertThat(platform.count(
						"SELECT count(*) FROM exchange_item WHERE target_code = 'GD_CRASH' AND state <> 'ACKNOWLEDGED'"))
					.isZero();
				assertThat(platform
					.count("SELECT count(DISTINCT package_id) FROM exchange_item WHERE target_code = 'GD_CRASH'"))
					.isEqualTo(province.packages().size());
			}
			finally {
				platform.kill();
			}
		}
	}

	/**
	 * Registers the province as a target (as the credit office's page would, through the
	 * stored tables) and owes it every 双公示 record the demo holds; returns how many.
	 */
	private static long owe(ChildPlatform platform, byte[] key, StubTarget province) throws Exception {
		try (Connection connection = platform.connect()) {
			long endpoint = OutboxEndpoints.insert(connection, "广东省公共信用信息平台 · 上报", province.packagesUrl().toString(),
					"exchange:GD_CRASH", key, SECRET);
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO exchange_target (code, name, level, adapter, format, encoding, categories, package_size,
					                             interval_minutes, endpoint_id, receipt_url, active, created_at)
					VALUES ('GD_CRASH', '广东省公共信用信息平台（崩溃测试）', 'PROVINCE', 'FILE', 'CSV', 'GBK', '{XZCF,XZXK}', 10, 1,
					        ?, ?, TRUE, now())
					""")) {
				insert.setLong(1, endpoint);
				insert.setString(2, province.receiptsUrl().toString());
				insert.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							INSERT INTO exchange_item (target_code, record_id, action, provider_code, category_code, document_number,
							                           decision_date, queued_at, state)
							SELECT 'GD_CRASH', id, 'REPORT', provider_code, category_code, document_number, decision_date, now(),
							       'QUEUED'
							FROM ingest_record WHERE status = 'ACTIVE' AND category_code IN ('XZCF', 'XZXK')
							""")) {
				return insert.executeUpdate();
			}
		}
	}

}
