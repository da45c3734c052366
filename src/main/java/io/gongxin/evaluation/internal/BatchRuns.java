package io.gongxin.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.RunSummary;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.SystemActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch evaluation of every subject under each published model: nightly, and when an
 * officer asks (after a new model version). One transaction per model; the audit entry
 * after it, in a transaction of its own.
 */
@Component
public class BatchRuns {

	private final ModelStore models;

	private final Evaluator evaluator;

	private final EvaluationReads reads;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	BatchRuns(ModelStore models, Evaluator evaluator, EvaluationReads reads, JdbcClient jdbc, AuditLog audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.models = models;
		this.evaluator = evaluator;
		this.reads = reads;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	public RunSummary run(String modelCode) {
		EvaluationModel model = this.models.published(modelCode);
		String by = ActingUser.currentName();
		Instant started = this.clock.instant();
		List<Evaluator.Change> changes = this.transaction.execute(
				status -> this.evaluator.evaluateAll(model, "批量评价（" + model.name() + " 第" + model.version() + "版）"));
		Instant finished = this.clock.instant();
		int subjects = this.jdbc.sql("SELECT count(*) FROM evaluation_result WHERE model_code = ?")
			.param(model.code())
			.query(Integer.class)
			.single();
		long runId = this.jdbc.sql("""
				INSERT INTO evaluation_run (model_code, model_version, started_at, finished_at, subjects, changed,
				                            started_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(model.code(), model.version(), Timestamp.from(started), Timestamp.from(finished), subjects,
					changes.size(), by)
			.query(Long.class)
			.single();
		this.transaction.executeWithoutResult(status -> this.audit
			.record(AuditEntry.change("evaluation.run", "evaluation-model", model.code() + " v" + model.version())
				.after(subjects + " subjects, " + changes.size() + " changed")));
		return new RunSummary(runId, model.code(), model.version(), started, finished, subjects, changes.size(),
				this.reads.distribution(model.code()));
	}

	@Scheduled(cron = "${gongxin.evaluation.cron:0 30 2 * * *}", zone = "${gongxin.time-zone:Asia/Shanghai}")
	void nightly() {
		SystemActor.runAs("evaluation-nightly", () -> this.models.published().forEach(model -> run(model.code())));
	}

	/** When the model's latest batch run finished, if it ever ran. */
	public Optional<Instant> lastRun(String modelCode) {
		return this.jdbc.sql("SELECT finished_at FROM evaluation_run WHERE model_code = ? ORDER BY id DESC LIMIT 1")
			.param(modelCode)
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

}
