package io.gongxin.measures.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.inbox.Task;
import io.gongxin.platform.SystemActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a check, done in groups after it committed: when it named a measure, its
 * feedback task is put in the department's inbox (one insert of the group's tasks, one
 * audit append, one commit), so a check answers without waiting for the inbox. Nothing is
 * lost across a crash: a check stays marked (task not opened) until a group that contains
 * it commits. Checks stored before their audit record was stored with them are still
 * marked unaudited and get it here.
 */
@Component
public class CheckFollowUp {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckFollowUp.class);

	private static final int GROUP = 500;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final FeedbackTickets tickets;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	CheckFollowUp(JdbcClient jdbc, AuditLog audit, FeedbackTickets tickets, JsonMapper json,
			TransactionTemplate transactions, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.tickets = tickets;
		this.json = json;
		this.transactions = transactions;
		this.zone = clock.getZone();
	}

	record Pending(long id, String department, String scenario, Timestamp checkedAt, String checkedBy, int subjects,
			int sanctions, int incentives, String subject, boolean audited, boolean ticketPending, String answer) {
	}

	@Scheduled(fixedDelayString = "${gongxin.measures.follow-up-interval:PT0.2S}")
	void scheduled() {
		try {
			SystemActor.runAs("measures-follow-up", this::runAll);
		}
		catch (RuntimeException ex) {
			// the database may be restarting; the checks stay marked and the next round
			// takes them
			log.warn("Check follow-up round failed: {}", ex.toString());
		}
	}

	/** Follows up every pending check; returns how many. */
	public int runAll() {
		int total = 0;
		while (true) {
			Integer done = this.transactions.execute(status -> runGroup());
			total += (done == null) ? 0 : done;
			if (done == null || done < GROUP) {
				return total;
			}
		}
	}

	// the two partial indexes each give their few pending ids, collected into an array
	// first: with the OR alone, or with the ids as a subquery, the generic plan of the
	// prepared statement walked the whole table in id order (160 ms at 65,000 checks,
	// five times a second). The outer condition is checked again on the locked row,
	// which another instance may have followed up meanwhile.
	private int runGroup() {
		List<Pending> pending = this.jdbc.sql("""
				SELECT id, department_code, scenario, checked_at, checked_by, subjects, sanctions, incentives,
				       CASE WHEN subjects = 1 THEN answer #>> '{subjects,0,subjectCode}' END AS subject, audited,
				       sanctions + incentives > 0 AND task_id IS NULL AS ticket_pending,
				       CASE WHEN sanctions + incentives > 0 AND task_id IS NULL THEN answer::text END AS answer
				FROM credit_check
				WHERE (NOT audited OR (sanctions + incentives > 0 AND task_id IS NULL))
				  AND id = ANY (ARRAY((SELECT id FROM credit_check WHERE NOT audited ORDER BY id LIMIT :limit)
				                      UNION ALL
				                      (SELECT id FROM credit_check WHERE sanctions + incentives > 0 AND task_id IS NULL
				                       ORDER BY id LIMIT :limit)))
				ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
				""")
			.param("limit", GROUP)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getBoolean(10),
					rs.getBoolean(11), rs.getString(12)))
			.list();
		List<Long> ticketed = new java.util.ArrayList<>();
		List<FeedbackTickets.TicketAnswer> answers = new java.util.ArrayList<>();
		List<LocalDate> days = new java.util.ArrayList<>();
		for (Pending check : pending) {
			if (!check.audited()) {
				this.audit.record(AuditEntry.read("measures.check", "credit-check", Long.toString(check.id()))
					.subject(check.subject())
					.details(check.checkedBy() + " 于 " + check.checkedAt().toInstant() + " 为 " + check.department()
							+ " 核查（" + check.scenario() + "）：" + check.subjects() + "个主体，" + check.sanctions()
							+ "项惩戒措施，" + check.incentives() + "项激励措施"));
			}
			if (check.ticketPending()) {
				ticketed.add(check.id());
				answers.add(this.json.readValue(check.answer(), FeedbackTickets.TicketAnswer.class));
				days.add(LocalDate.ofInstant(check.checkedAt().toInstant(), this.zone));
			}
		}
		if (!answers.isEmpty()) {
			// one insert of the tasks and one update of the checks for the whole group
			List<Task> tasks = this.tickets.openAll(answers, days);
			this.jdbc.sql("""
					UPDATE credit_check c SET task_id = t.task
					FROM unnest(:ids, :tasks) AS t (id, task) WHERE c.id = t.id
					""")
				.param("ids", ticketed.toArray(Long[]::new))
				.param("tasks", tasks.stream().map(Task::id).toArray(Long[]::new))
				.update();
		}
		if (!pending.isEmpty()) {
			this.jdbc.sql("UPDATE credit_check SET audited = true WHERE id = ANY (:ids) AND NOT audited")
				.param("ids", pending.stream().map(Pending::id).toArray(Long[]::new))
				.update();
		}
		return pending.size();
	}

}
