package io.gongxin.evaluation.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.evaluation.RiskAlert;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.TaskType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts each risk alert on its department's desk as an inbox task, in a transaction of its
 * own after the alert was stored: a deadline that cannot be computed yet (no holiday
 * notice for its year) leaves the alert without a task, and the hourly sweep tries again.
 */
@Component
public class AlertTasks {

	/** The inbox task of a risk alert. */
	public static final TaskType ALERT_TASK = new TaskType("RISK_ALERT", "信用风险预警处置", 10,
			"建立信用风险监测预警处理机制，对屡禁不改等情况向有关部门通报（平台预警规则设定的处置期限）");

	private static final Logger log = LoggerFactory.getLogger(AlertTasks.class);

	private final AlertStore alerts;

	private final Inbox inbox;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AlertTasks(AlertStore alerts, Inbox inbox, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.alerts = alerts;
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void open(long alertId) {
		this.ownTransaction.executeWithoutResult(status -> openTask(alertId));
	}

	private void openTask(long alertId) {
		RiskAlert alert = this.alerts.get(alertId);
		if (alert.taskId() != null) {
			return;
		}
		long task = this.inbox
			.open(new NewTask(ALERT_TASK, alert.departmentCode(),
					alert.ruleName() + "预警：" + alert.subjectName() + "，" + alert.reason(), alert.subjectName(),
					alert.subjectCode(), false, "risk-alert-" + alertId, null))
			.id();
		this.alerts.attachTask(alertId, task);
	}

	/** Opens the tasks; an alert whose task cannot be opened now stays for the sweep. */
	public void openAll(List<Long> alertIds) {
		for (long id : alertIds) {
			try {
				open(id);
			}
			catch (RuntimeException ex) {
				log.warn("Risk alert {} has no inbox task yet: {}", id, ex.getMessage());
			}
		}
	}

	@Scheduled(fixedDelayString = "${gongxin.evaluation.alert-task-sweep:PT1H}", initialDelayString = "PT2M")
	void sweep() {
		openAll(this.jdbc
			.sql("SELECT id FROM evaluation_alert WHERE task_id IS NULL AND state = 'OPEN' ORDER BY id LIMIT 500")
			.query(Long.class)
			.list());
	}

}
