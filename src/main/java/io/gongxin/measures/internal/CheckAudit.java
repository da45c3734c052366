package io.gongxin.measures.internal;

import java.sql.Timestamp;
import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the audit records of answered checks to the audit chain in groups (group
 * commit). A check commits its stored answer with {@code audited = false}; this job
 * appends one read record per check — who asked, when, for which department, scenario and
 * subject count, and the subject when there was one — and marks the checks audited in the
 * same transaction. Nothing is lost across a crash: unaudited checks stay marked until a
 * group that contains them commits.
 */
@Component
public class CheckAudit {

	private static final int GROUP = 500;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	CheckAudit(JdbcClient jdbc, AuditLog audit, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
	}

	record Pending(long id, String department, String scenario, Timestamp checkedAt, String checkedBy, int subjects,
			int punishments, int incentives, String subject) {
	}

	@Scheduled(fixedDelayString = "${gongxin.measures.audit-interval:PT0.2S}")
	void scheduled() {
		SystemActor.runAs("measures-audit", this::appendAll);
	}

	/** Appends every pending check's record; returns how many. */
	public int appendAll() {
		int total = 0;
		while (true) {
			Integer appended = this.transactions.execute(status -> appendGroup());
			total += (appended == null) ? 0 : appended;
			if (appended == null || appended < GROUP) {
				return total;
			}
		}
	}

	private int appendGroup() {
		List<Pending> pending = this.jdbc.sql("""
				SELECT id, department_code, scenario, checked_at, checked_by, subjects, punishments, incentives,
				       CASE WHEN subjects = 1 THEN answer #>> '{subjects,0,subjectCode}' END AS subject
				FROM credit_check WHERE NOT audited ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
				""")
			.param("limit", GROUP)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9)))
			.list();
		for (Pending check : pending) {
			this.audit.record(AuditEntry.read("measures.check", "credit-check", Long.toString(check.id()))
				.subject(check.subject())
				.details(check.checkedBy() + " 于 " + check.checkedAt().toInstant() + " 为 " + check.department() + " 核查（"
						+ check.scenario() + "）：" + check.subjects() + "个主体，" + check.punishments() + "项惩戒措施，"
						+ check.incentives() + "项激励措施"));
		}
		if (!pending.isEmpty()) {
			this.jdbc.sql("UPDATE credit_check SET audited = true WHERE id = ANY (:ids)")
				.param("ids", pending.stream().map(Pending::id).toArray(Long[]::new))
				.update();
		}
		return pending.size();
	}

}
