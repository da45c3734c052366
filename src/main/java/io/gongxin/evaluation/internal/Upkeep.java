package io.gongxin.evaluation.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.SystemActor;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The evaluation's background work, a slice per run so it never holds the scheduler: the
 * one-time copy of every subject held before the module existed, and the subjects large
 * batches marked for re-evaluation.
 */
@Component
class Upkeep {

	private static final Logger log = LoggerFactory.getLogger(Upkeep.class);

	private static final int SLICE = 500;

	private static final long TURN_NANOS = 20_000_000_000L;

	private final JdbcClient jdbc;

	private final Subjects subjects;

	private final Reevaluation reevaluation;

	private final AlertTasks tasks;

	Upkeep(JdbcClient jdbc, Subjects subjects, Reevaluation reevaluation, AlertTasks tasks) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.reevaluation = reevaluation;
		this.tasks = tasks;
	}

	@Scheduled(initialDelayString = "${gongxin.evaluation.upkeep-interval:PT5S}",
			fixedDelayString = "${gongxin.evaluation.upkeep-interval:PT5S}")
	void run() {
		// slices until the backlog is gone or the run has had its turn, so the single
		// scheduler thread is never held long
		long until = System.nanoTime() + TURN_NANOS;
		SystemActor.runAs("evaluation-upkeep", () -> {
			while (backfill() > 0 && System.nanoTime() < until) {
				// the next slice
			}
			while (sweep() > 0 && System.nanoTime() < until) {
				// the next slice
			}
		});
	}

	/** Copies and evaluates the next slice of subjects until every one was done once. */
	int backfill() {
		Long after = this.jdbc.sql("SELECT after_subject FROM evaluation_backfill WHERE id = 1 AND NOT done")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (after == null) {
			return 0;
		}
		List<SubjectId> slice = this.subjects.idsAfter(after, SLICE);
		for (SubjectId subject : slice) {
			this.tasks.openAll(this.reevaluation.subject(subject, "首次评价"));
		}
		if (slice.isEmpty()) {
			this.jdbc.sql("UPDATE evaluation_backfill SET done = TRUE WHERE id = 1").update();
			log.info("Evaluation: every subject held was evaluated once");
		}
		else {
			this.jdbc.sql("UPDATE evaluation_backfill SET after_subject = ? WHERE id = 1")
				.param(slice.get(slice.size() - 1).value())
				.update();
		}
		return slice.size();
	}

	/** Re-evaluates a slice of the subjects large batches marked. */
	int sweep() {
		record Dirty(long subjectId, String cause) {
		}
		List<Dirty> slice = this.jdbc.sql("SELECT subject_id, cause FROM evaluation_dirty ORDER BY marked_at LIMIT ?")
			.param(SLICE)
			.query(Dirty.class)
			.list();
		for (Dirty dirty : slice) {
			this.tasks.openAll(this.reevaluation.marked(new SubjectId(dirty.subjectId()), dirty.cause()));
		}
		return slice.size();
	}

}
