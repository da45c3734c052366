package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.EvaluationModel.AlertRule;
import io.gongxin.evaluation.Grade;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a model's risk-alert rules a subject's evidence (and its latest change of
 * grade) meets, and which departments each alert goes to: those whose records raised it
 * (谁认定、谁约谈).
 */
@Component
class AlertRules {

	private final JdbcClient jdbc;

	AlertRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A rule met, for one department, with the evidence that met it. */
	record Finding(AlertRule rule, String department, String reason, List<String> refs) {
	}

	List<Finding> findings(EvaluationModel model, SubjectId subject, LocalDate today, Evaluator.Change change) {
		List<Finding> findings = new ArrayList<>();
		for (AlertRule rule : model.alerts()) {
			switch (rule.kind()) {
				case REPEAT_IN_DOMAIN -> repeated(rule, subject, today, "RECORD", rule.categories(), findings);
				case BROKEN_COMMITMENTS -> repeated(rule, subject, today, "COMMITMENT", List.of("BROKEN"), findings);
				case MULTI_DOMAIN -> multiDomain(rule, subject, today, findings);
				case GRADE_DROP -> gradeDrop(rule, subject, change, model, findings);
			}
		}
		return findings;
	}

	private void repeated(AlertRule rule, SubjectId subject, LocalDate today, String source, List<String> categories,
			List<Finding> findings) {
		record Group(String domain, List<String> refs) {
		}
		this.jdbc.sql("""
				SELECT domain, array_agg(ref ORDER BY occurred_on, ref) FROM evaluation_evidence
				WHERE subject_id = ? AND source = ? AND category = ANY (?) AND occurred_on >= ? AND occurred_on <= ?
				  AND domain IS NOT NULL
				GROUP BY domain HAVING count(*) >= ?""")
			.params(subject.value(), source, categories.toArray(String[]::new), since(today, rule), today,
					rule.threshold())
			.query((rs, i) -> new Group(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
			.list()
			.forEach(group -> findings.add(new Finding(rule, group.domain(),
					rule.withinMonths() + "个月内" + (source.equals("COMMITMENT") ? "经核查未履约的信用承诺" : "本部门认定的记录")
							+ group.refs().size() + "条（" + rule.name() + "）",
					group.refs())));
	}

	private void multiDomain(AlertRule rule, SubjectId subject, LocalDate today, List<Finding> findings) {
		record Row(String domain, String ref) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT domain, ref FROM evaluation_evidence
				WHERE subject_id = ? AND source = 'RECORD' AND category = ANY (?) AND occurred_on >= ?
				  AND occurred_on <= ? AND domain IS NOT NULL ORDER BY occurred_on, ref""")
			.params(subject.value(), rule.categories().toArray(String[]::new), since(today, rule), today)
			.query(Row.class)
			.list();
		Set<String> domains = new TreeSet<>();
		rows.forEach(row -> domains.add(row.domain()));
		if (domains.size() >= rule.threshold()) {
			List<String> refs = rows.stream().map(Row::ref).toList();
			for (String domain : domains) {
				findings.add(new Finding(rule, domain, rule.withinMonths() + "个月内被" + domains.size() + "个部门认定违法违规记录"
						+ refs.size() + "条（" + rule.name() + "）", refs));
			}
		}
	}

	private void gradeDrop(AlertRule rule, SubjectId subject, Evaluator.Change change, EvaluationModel model,
			List<Finding> findings) {
		if (change == null || change.from() == null || !change.to().worseThan(change.from())) {
			return;
		}
		Grade worst = Grade.values()[Grade.values().length - 1];
		if (change.to().rank() - change.from().rank() < rule.threshold() && change.to() != worst) {
			return;
		}
		List<String> domains = this.jdbc.sql("""
				SELECT DISTINCT domain FROM evaluation_evidence
				WHERE subject_id = ? AND source IN ('RECORD', 'LIST') AND domain IS NOT NULL ORDER BY domain""")
			.param(subject.value())
			.query(String.class)
			.list();
		for (String domain : domains) {
			findings
				.add(new Finding(rule, domain,
						model.name() + "等级由" + change.from().name() + "级降为" + change.to().name() + "级（"
								+ change.fromScore() + "分→" + change.toScore() + "分）",
						List.of("change-" + change.id())));
		}
	}

	private static LocalDate since(LocalDate today, AlertRule rule) {
		return today.minusMonths(rule.withinMonths()).plusDays(1);
	}

}
