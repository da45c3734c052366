package io.gongxin.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.SystemActor;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.RefreshMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain proves itself: an untouched chain verifies, and a row edited behind the
 * platform's back (directly in SQL, with the append-only trigger switched off as a
 * database owner could) is found and named. Each test gets its own database, since a
 * tampered chain stays broken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, refresh = RefreshMode.AFTER_EACH_TEST_METHOD)
@ActiveProfiles("test")
class AuditChainIT {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	io.gongxin.security.Accounts accounts;

	@Test
	void detectsARowEditedDirectlyInSqlAndNamesTheFirstBrokenLink() {
		long first = appendEvents(5);
		SystemActor.runAs("test", this.audit::seal);
		assertThat(this.audit.verify().intact()).isTrue();

		long victim = first + 2;
		tamper("UPDATE audit_event SET actor = 'someone-else' WHERE seq = " + victim);

		ChainVerification verdict = this.audit.verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.firstBrokenSeq()).isEqualTo(victim);
		assertThat(verdict.reason()).contains("altered");
	}

	@Test
	void detectsARewrittenHashThroughTheSeal() {
		long first = appendEvents(3);
		SystemActor.runAs("test", this.audit::seal);
		long last = first + 2;
		// A careful forger recomputes the hash of the row it edits; the SM2 seal still
		// pins the old one.
		tamper("UPDATE audit_event SET hash = repeat('a', 64) WHERE seq = " + last);
		ChainVerification verdict = this.audit.verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.firstBrokenSeq()).isEqualTo(last);
	}

	@Test
	void detectsADeletedRow() {
		long first = appendEvents(4);
		tamper("DELETE FROM audit_event WHERE seq = " + (first + 1));
		ChainVerification verdict = this.audit.verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.firstBrokenSeq()).isEqualTo(first + 1);
		assertThat(verdict.reason()).contains("missing");
	}

	@Test
	void detectsRowsDeletedFromTheEndAfterTheLastSealAndNeverReusesTheirNumbers() throws Exception {
		long first = appendEvents(2);
		SystemActor.runAs("test", this.audit::seal);
		appendEvents(3);
		long last = first + 4;
		assertThat(this.audit.verify().intact()).isTrue();
		awaitWitnessFileNaming(last);

		// the newest rows go, leaving a shorter chain that is whole and agrees with its
		// seal
		tamper("DELETE FROM audit_event WHERE seq > " + (first + 1));
		ChainVerification verdict = this.audit.verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.firstBrokenSeq()).isEqualTo(first + 2);
		assertThat(verdict.reason()).contains("truncated");

		appendEvents(1);
		assertThat(this.jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single()).isEqualTo(last + 1);
		assertThat(this.audit.verify().intact()).isFalse();
	}

	private void awaitWitnessFileNaming(long seq) throws InterruptedException {
		java.nio.file.Path file = java.nio.file.Path.of("target/test-audit/witness.log");
		String chain = this.jdbc.sql("""
				SELECT i.id || '/' || d.oid FROM audit_chain_identity i, pg_database d
				WHERE d.datname = current_database()
				""").query(String.class).single();
		String line = "chain=" + chain + " seq=" + seq + " ";
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (java.nio.file.Files.exists(file) && readQuietly(file).contains(line)) {
				return;
			}
			Thread.sleep(100);
		}
		assertThat(readQuietly(file)).as("the witness file names the head").contains(line);
	}

	private static String readQuietly(java.nio.file.Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

	@Test
	void refusesUpdatesThroughTheNormalPath() {
		appendEvents(1);
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET actor = 'x'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void aTransactionThatAuditedAndGoesOnWorkingDoesNotHoldUpAnotherAudit() throws Exception {
		long before = count();
		java.util.concurrent.CountDownLatch audited = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
		var slow = java.util.concurrent.CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult(status -> {
				SystemActor.runAs("test", () -> this.audit.record(AuditEntry.change("test.slow", "thing", "1")));
				audited.countDown();
				try {
					// the rest of a long transaction, e.g. a group of tasks opened after
					// the first was audited
					finish.await(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		try {
			assertThat(audited.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var quick = java.util.concurrent.CompletableFuture
				.runAsync(() -> this.transactions.executeWithoutResult(status -> SystemActor.runAs("test",
						() -> this.audit.record(AuditEntry.change("test.quick", "thing", "2")))));
			quick.get(10, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(count()).isEqualTo(before + 1);
		}
		finally {
			finish.countDown();
		}
		slow.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(count()).isEqualTo(before + 2);
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_event WHERE seq > (SELECT max(seq) - 2 FROM audit_event) " + "ORDER BY seq")
			.query(String.class)
			.list()).containsExactly("test.quick", "test.slow");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anAppendThatWaitedForTheLockFollowsTheAppendCommittedWhileItWaited() throws Exception {
		long before = this.jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
		java.util.concurrent.CountDownLatch appended = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
		var first = java.util.concurrent.CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult(status -> {
				SystemActor.runAs("test", () -> this.audit.record(AuditEntry.change("test.first", "thing", "1")));
				org.springframework.transaction.support.TransactionSynchronizationManager
					.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void beforeCompletion() {
							// the entry is written and the chain locked; the commit is
							// still to come
							appended.countDown();
							try {
								commit.await(30, java.util.concurrent.TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						}
					});
			}));
		try {
			assertThat(appended.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var second = java.util.concurrent.CompletableFuture
				.runAsync(() -> this.transactions.executeWithoutResult(status -> SystemActor.runAs("test",
						() -> this.audit.record(AuditEntry.change("test.second", "thing", "2")))));
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(30))
				.until(() -> this.jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
					.query(Long.class)
					.single() == 1);
			commit.countDown();
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			second.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			commit.countDown();
		}
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_event WHERE seq > :before AND action LIKE 'test.%' ORDER BY seq")
			.param("before", before)
			.query(String.class)
			.list()).containsExactly("test.first", "test.second");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void appendsFromManyTransactionsAtOnceFormOneUnbrokenChain() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 120; i++) {
				int n = i;
				done.add(pool
					.submit(() -> this.transactions.executeWithoutResult(status -> SystemActor.runAs("test", () -> {
						this.audit.record(AuditEntry.change("test.many", "thing", Integer.toString(n)));
						if (n % 3 == 0) {
							this.audit.record(AuditEntry.change("test.many", "thing", n + "-second"));
						}
					}))));
			}
			for (var one : done) {
				one.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'test.many'").query(Long.class).single())
			.isEqualTo(160L);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anEntryRecordedWhileTheTransactionCommitsIsKeptInTheChain() {
		long before = count();
		this.transactions.executeWithoutResult(status -> SystemActor.runAs("test", () -> {
			this.audit.record(AuditEntry.change("test.first", "thing", "1"));
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						SystemActor.runAs("test", () -> audit.record(AuditEntry.change("test.late", "thing", "2")));
					}
				});
		}));
		assertThat(count()).isEqualTo(before + 2);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anAuditedChangeRollsBackWithItsTransaction() {
		long before = count();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			SystemActor.runAs("test", () -> this.audit.record(AuditEntry.change("test.rollback", "thing", "1")));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theAdministratorsPageFiltersTheLogAndSaysInWordsWhetherTheChainHolds() throws Exception {
		long first = appendEvents(4);
		String admin = io.gongxin.support.ApiKeys.issue(this.accounts, io.gongxin.security.Role.ADMIN, null);
		String filtered = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/audit")
			.param("action", "test.")
			.header("X-API-Key", admin));
		assertThat(filtered).contains("test.change")
			.contains("thing T3")
			.contains("北京时间")
			.doesNotContain("security.apikey");
		assertThat(page(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/audit/verification")
					.header("X-API-Key", admin)))
			.contains("审计链完整");
		tamper("UPDATE audit_event SET details = 'rewritten' WHERE seq = " + (first + 1));
		assertThat(page(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/audit/verification")
					.header("X-API-Key", admin)))
			.contains("第 " + (first + 1) + " 条记录处校验不通过")
			.doesNotContain("审计链完整");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long appendEvents(int n) {
		for (int i = 0; i < n; i++) {
			int index = i;
			SystemActor.runAs("test", () -> this.audit.record(
					AuditEntry.change("test.change", "thing", "T" + index).before("old" + index).after("new" + index)));
		}
		return this.jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single() - n + 1;
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
	}

	private void tamper(String sql) {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		});
	}

}
