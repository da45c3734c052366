package io.gongxin.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.RiskAlertRaised;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates one subject whose file changed: copies its evidence, evaluates it under
 * every published model that covers it, and raises the alerts its evidence or change of
 * grade meets (their inbox tasks are opened after, by {@link AlertTasks}).
 */
@Component
public class Reevaluation {

	private final EvidenceSync sync;

	private final ModelStore models;

	private final Evaluator evaluator;

	private final AlertRules rules;

	private final AlertStore alerts;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	Reevaluation(EvidenceSync sync, ModelStore models, Evaluator evaluator, AlertRules rules, AlertStore alerts,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sync = sync;
		this.models = models;
		this.evaluator = evaluator;
		this.rules = rules;
		this.alerts = alerts;
		this.events = events;
	}

	/** The advisory lock class of a subject's re-evaluation. */
	static final int LOCK_CLASS = 7302;

	/** The subject's key within {@link #LOCK_CLASS}. */
	static int lockKey(SubjectId id) {
		return (int) (id.value() ^ (id.value() >>> 32));
	}

	/**
	 * Re-evaluates a subject a large batch marked, taking its mark in the same
	 * transaction: one commit instead of two, and a mark made while the evaluation runs
	 * waits for it to commit and then stays for the next sweep, instead of being taken
	 * away unevaluated. A mark another sweep took first is that sweep's to evaluate: this
	 * one leaves the subject to it rather than evaluating it twice. Returns the ids of
	 * the alerts raised.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Long> marked(SubjectId id, String cause) {
		int taken = this.jdbc.sql("DELETE FROM evaluation_dirty WHERE subject_id = ?").param(id.value()).update();
		if (taken == 0) {
			return List.of();
		}
		return evaluate(id, cause);
	}

	/** Returns the ids of the alerts raised. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Long> subject(SubjectId id, String cause) {
		return evaluate(id, cause);
	}

	private List<Long> evaluate(SubjectId id, String cause) {
		// one re-evaluation of a subject at a time: its evidence is replaced whole
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
			.params(LOCK_CLASS, lockKey(id))
			.query(Object.class)
			.single();
		Optional<Subject> subject = this.sync.refresh(id);
		if (subject.isEmpty()) {
			return List.of();
		}
		List<Long> raised = new ArrayList<>();
		for (EvaluationModel model : this.models.published()) {
			Evaluator.Change change = this.evaluator.evaluate(model, id, cause).orElse(null);
			if (model.subjectTypes().contains(subject.get().type())) {
				for (AlertRules.Finding finding : this.rules.findings(model, id, this.evaluator.today(), change)) {
					raise(finding, subject.get()).ifPresent(raised::add);
				}
			}
		}
		return raised;
	}

	private Optional<Long> raise(AlertRules.Finding finding, Subject subject) {
		Optional<Long> id = this.alerts.raise(finding, subject.id(), this.evaluator.now());
		id.ifPresent(alertId -> this.events
			.publishEvent(new RiskAlertRaised(alertId, finding.rule().code(), finding.rule().name(), subject.id(),
					finding.department(), finding.reason(), finding.rule().suggestWatchList())));
		return id;
	}

}
