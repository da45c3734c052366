package io.gongxin.evaluation.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.gongxin.evaluation.Evaluations;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change touching more subjects than are re-evaluated at once marks them all, in one
 * statement, and the upkeep's sweep evaluates every one of them; a subject marked again
 * while its re-evaluation runs is evaluated again, and one whose mark another sweep took
 * is left to that sweep.
 */
@GongxinIntegrationTest
class LargeBatchIT {

	@Autowired
	FileChanges changes;

	@Autowired
	Upkeep upkeep;

	@Autowired
	Subjects subjects;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Reevaluation reevaluation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void subjectsOfALargeBatchAreMarkedAndTheSweepEvaluatesEachOne() {
		List<SubjectId> registered = new ArrayList<>();
		SystemActor.runAs("test", () -> {
			for (int i = 0; i <= FileChanges.AT_ONCE; i++) {
				registered.add(
						this.subjects.register(
								NewSubject.of(SubjectType.ENTERPRISE, "广州批量评价测试" + i + "号有限公司",
										SubjectKey
											.uscc(CheckCharacters.uscc("91440101MA5L" + String.format("%04d", i)))),
								"test"));
			}
		});
		this.changes.reevaluate(registered, "新入库行政处罚信息");
		// marked in one statement (all or none); the scheduled sweep may already be
		// taking
		// the first of them
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_dirty WHERE cause = '新入库行政处罚信息'")
			.query(Long.class)
			.single()).isPositive();
		while (this.upkeep.sweep() > 0) {
			// the next slice
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_dirty").query(Long.class).single()).isZero();
		assertThat(registered).allSatisfy(id -> assertThat(this.evaluations.of(id, "COMPOSITE")).isPresent());
	}

	@Test
	void aMarkMadeWhileTheSubjectIsBeingReevaluatedIsKeptForTheNextSweep() throws Exception {
		SubjectId marked = enterprise("广州重复标记评价测试有限公司", "91440101MA5LR9XA");
		this.changes.reevaluate(largeBatchWith(marked), "第一批");
		String lock = reevaluationLock(marked);
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			// the subject's re-evaluation lock, held here: the sweep takes the
			// subject and waits for it
			execute(first, lock);
			CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(this.upkeep::sweep);
			// the sweep that took the mark (this one, or the scheduled one beside it)
			// waits; the subject's registration may be waiting too, but holds no mark
			awaitMarkTakenAndWaiting();
			// a second large batch touches the subject while it is being re-evaluated
			CompletableFuture<Void> markedAgain = CompletableFuture
				.runAsync(() -> this.changes.reevaluate(largeBatchWith(marked), "第二批"));
			Thread.sleep(300);
			// queued behind the sweep: once the sweep's re-evaluation has committed, no
			// other re-evaluation of the subject can commit until this test lets it
			long secondPid = pid(second);
			CompletableFuture<Void> heldAgain = CompletableFuture.runAsync(() -> execute(second, lock));
			awaitWaiter(secondPid);
			first.commit();
			sweep.get(60, TimeUnit.SECONDS);
			markedAgain.get(30, TimeUnit.SECONDS);
			heldAgain.get(30, TimeUnit.SECONDS);
			// the re-evaluation that was running did not take the second mark away
			assertThat(this.jdbc.sql("SELECT cause FROM evaluation_dirty WHERE subject_id = ?")
				.param(marked.value())
				.query(String.class)
				.optional()).contains("第二批");
			second.commit();
		}
		while (this.upkeep.sweep() > 0) {
			// the next slice
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_dirty").query(Long.class).single()).isZero();
	}

	@Test
	void aSweepThatFindsTheMarkTakenLeavesTheSubjectToTheSweepThatTookIt() throws Exception {
		SubjectId marked = enterprise("广州并发清扫评价测试有限公司", "91440101MA5LR9XB");
		this.changes.reevaluate(largeBatchWith(marked), "第三批");
		String lock = reevaluationLock(marked);
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			execute(first, lock);
			CompletableFuture<List<Long>> taker = CompletableFuture
				.supplyAsync(() -> SystemActor.callAs("test", () -> this.reevaluation.marked(marked, "第三批")));
			awaitMarkTakenAndWaiting();
			// a second sweep reaches the same mark and waits for the first to commit
			CompletableFuture<List<Long>> latecomer = CompletableFuture
				.supplyAsync(() -> SystemActor.callAs("test", () -> this.reevaluation.marked(marked, "第三批")));
			Thread.sleep(300);
			long secondPid = pid(second);
			CompletableFuture<Void> heldAgain = CompletableFuture.runAsync(() -> execute(second, lock));
			awaitWaiter(secondPid);
			first.commit();
			taker.get(60, TimeUnit.SECONDS);
			heldAgain.get(30, TimeUnit.SECONDS);
			// the subject's lock is held again, yet the latecomer finishes: it found the
			// mark gone and did not queue to evaluate the subject a second time
			assertThat(latecomer.get(30, TimeUnit.SECONDS)).isEmpty();
			second.commit();
		}
		assertThat(this.evaluations.of(marked, "COMPOSITE")).isPresent();
	}

	private SubjectId enterprise(String name, String code) {
		return SystemActor.callAs("test",
				() -> this.subjects.register(
						NewSubject.of(SubjectType.ENTERPRISE, name, SubjectKey.uscc(CheckCharacters.uscc(code))),
						"test"));
	}

	/** Takes the subject's re-evaluation lock, as a re-evaluation of it does. */
	private static String reevaluationLock(SubjectId subject) {
		return "SELECT pg_advisory_xact_lock(" + Reevaluation.LOCK_CLASS + ", " + Reevaluation.lockKey(subject) + ")";
	}

	private static void execute(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long pid(Connection connection) throws java.sql.SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Until a session that has taken a subject's mark (deleted it, uncommitted) waits for
	 * the subject's re-evaluation lock.
	 */
	private void awaitMarkTakenAndWaiting() {
		await().alias("a sweep that took the subject's mark waits for its re-evaluation lock")
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM pg_locks waiter
					WHERE waiter.locktype = 'advisory' AND waiter.classid = ? AND NOT waiter.granted
					  AND EXISTS (SELECT 1 FROM pg_locks held
					              WHERE held.pid = waiter.pid AND held.locktype = 'relation'
					                AND held.relation = CAST('evaluation_dirty' AS regclass)
					                AND held.mode = 'RowExclusiveLock' AND held.granted)""")
				.param(Reevaluation.LOCK_CLASS)
				.query(Long.class)
				.single() > 0);
	}

	/** Until that session waits for a subject's re-evaluation lock. */
	private void awaitWaiter(long pid) {
		await().alias("the session waits for the subject's re-evaluation lock")
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM pg_locks
					WHERE locktype = 'advisory' AND classid = ? AND NOT granted AND pid = ?""")
				.params(Reevaluation.LOCK_CLASS, pid)
				.query(Long.class)
				.single() > 0);
	}

	/**
	 * The subject among ids of no subject, enough to be marked rather than evaluated at
	 * once.
	 */
	private static List<SubjectId> largeBatchWith(SubjectId subject) {
		List<SubjectId> batch = new ArrayList<>();
		batch.add(subject);
		for (int i = 1; i <= FileChanges.AT_ONCE; i++) {
			batch.add(new SubjectId(9_000_000_000L + i));
		}
		return batch;
	}

}
