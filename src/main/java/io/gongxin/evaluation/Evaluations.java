package io.gongxin.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.evaluation.internal.AlertTasks;
import io.gongxin.evaluation.internal.BatchRuns;
import io.gongxin.evaluation.internal.EvaluationReads;
import io.gongxin.evaluation.internal.ModelStore;
import io.gongxin.evaluation.internal.Reevaluation;
import io.gongxin.platform.ActingUser;
import io.gongxin.subject.SubjectId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composite and sector evaluation: the published models and their versions, the batch run
 * of every subject, a subject's re-evaluation, grades with their explanation and history,
 * and the distribution of grades. For authorised departments only: callers check the
 * caller's role (the controllers do) and audit what they show.
 */
@Service
public class Evaluations {

	private final ModelStore models;

	private final BatchRuns runs;

	private final Reevaluation reevaluation;

	private final AlertTasks tasks;

	private final EvaluationReads reads;

	Evaluations(ModelStore models, BatchRuns runs, Reevaluation reevaluation, AlertTasks tasks, EvaluationReads reads) {
		this.models = models;
		this.runs = runs;
		this.reevaluation = reevaluation;
		this.tasks = tasks;
		this.reads = reads;
	}

	public List<EvaluationModel> models() {
		return this.models.published();
	}

	public EvaluationModel model(String code) {
		return this.models.published(code);
	}

	public List<ModelStore.Version> versions() {
		return this.models.versions();
	}

	/** Drafts the next version of a model from its JSON definition. */
	public EvaluationModel draft(String definition) {
		return this.models.draft(definition, ActingUser.currentName());
	}

	/** Publishes a draft (another officer than its author); run the batch after. */
	public EvaluationModel publish(String code, int version) {
		return this.models.publish(code, version, ActingUser.currentName());
	}

	/** Evaluates every subject under the model, set-based. */
	public RunSummary evaluateAll(String modelCode) {
		return this.runs.run(modelCode);
	}

	/** Copies the subject's file again and re-evaluates it under every model now. */
	public List<SubjectEvaluation> reevaluate(SubjectId subject, String cause) {
		this.tasks.openAll(this.reevaluation.subject(subject, cause));
		return this.reads.evaluations(subject);
	}

	@Transactional(readOnly = true)
	public Optional<SubjectEvaluation> of(SubjectId subject, String modelCode) {
		return this.reads.evaluation(subject, modelCode);
	}

	@Transactional(readOnly = true)
	public List<SubjectEvaluation> ofSubject(SubjectId subject) {
		return this.reads.evaluations(subject);
	}

	@Transactional(readOnly = true)
	public Optional<Explanation> explain(SubjectId subject, String modelCode) {
		return this.reads.explain(subject, modelCode);
	}

	@Transactional(readOnly = true)
	public Map<Grade, Long> distribution(String modelCode) {
		return this.reads.distribution(modelCode);
	}

	@Transactional(readOnly = true)
	public List<EvaluationReads.NamedChange> recentChanges(String modelCode, int limit) {
		return this.reads.recentChanges(modelCode, Math.max(1, Math.min(limit, 200)));
	}

	public Optional<java.time.Instant> lastRun(String modelCode) {
		return this.runs.lastRun(modelCode);
	}

}
