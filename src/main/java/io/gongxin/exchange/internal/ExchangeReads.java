package io.gongxin.exchange.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.exchange.ItemState;
import io.gongxin.exchange.OwedItem;
import io.gongxin.exchange.Reconciliation;
import io.gongxin.exchange.ReportAction;
import io.gongxin.exchange.Target;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Figures of the items owed to targets: backlog, lag, overdue, reconciliation. */
@Component
class ExchangeReads {

	private final JdbcClient jdbc;

	private final CategoryNames categoryNames;

	private final java.time.Clock clock;

	ExchangeReads(JdbcClient jdbc, CategoryNames categoryNames, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.categoryNames = categoryNames;
		this.clock = clock;
	}

	record Counts(long queued, long sent, long acknowledged, long rejected, long overdue, Instant oldestOpen,
			LocalDate oldestDueOn) {
	}

	Counts counts(String target, LocalDate today) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE state = 'QUEUED') AS queued,
				       count(*) FILTER (WHERE state = 'SENT') AS sent,
				       count(*) FILTER (WHERE state = 'ACKNOWLEDGED') AS acknowledged,
				       count(*) FILTER (WHERE state = 'REJECTED') AS rejected,
				       count(*) FILTER (WHERE state IN ('QUEUED', 'SENT') AND due_on < :today) AS overdue,
				       min(queued_at) FILTER (WHERE state IN ('QUEUED', 'SENT')) AS oldest,
				       min(due_on) FILTER (WHERE state IN ('QUEUED', 'SENT') AND due_on < :today) AS oldest_due
				FROM exchange_item WHERE target_code = :target
				""").param("target", target).param("today", Date.valueOf(today)).query((rs, row) -> {
			Timestamp oldest = rs.getTimestamp("oldest");
			Date oldestDue = rs.getDate("oldest_due");
			return new Counts(rs.getLong("queued"), rs.getLong("sent"), rs.getLong("acknowledged"),
					rs.getLong("rejected"), rs.getLong("overdue"), (oldest == null) ? null : oldest.toInstant(),
					(oldestDue == null) ? null : oldestDue.toLocalDate());
		}).single();
	}

	Reconciliation reconciliation(Target target, LocalDate from, LocalDate to) {
		ZoneId zone = this.clock.getZone();
		Map<String, String> names = this.categoryNames.names();
		List<Reconciliation.Line> lines = new ArrayList<>();
		long[] total = new long[6];
		this.jdbc.sql("""
				SELECT CAST(queued_at AT TIME ZONE :zone AS date) AS day, category_code,
				       count(*) AS queued,
				       count(*) FILTER (WHERE state <> 'QUEUED' AND package_id IS NOT NULL) AS sent,
				       count(*) FILTER (WHERE state = 'ACKNOWLEDGED') AS acknowledged,
				       count(*) FILTER (WHERE state = 'REJECTED') AS rejected,
				       count(*) FILTER (WHERE state IN ('QUEUED', 'SENT')) AS pending
				FROM exchange_item
				WHERE target_code = :target AND queued_at >= :from AND queued_at < :until
				GROUP BY 1, 2 ORDER BY 1, 2
				""")
			.param("zone", zone.getId())
			.param("target", target.code())
			.param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("until", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> {
				Reconciliation.Line line = new Reconciliation.Line(rs.getDate("day").toLocalDate(),
						rs.getString("category_code"),
						names.getOrDefault(rs.getString("category_code"), rs.getString("category_code")),
						rs.getLong("queued"), rs.getLong("sent"), rs.getLong("acknowledged"), rs.getLong("rejected"),
						rs.getLong("pending"));
				return line;
			})
			.list()
			.forEach(line -> {
				lines.add(line);
				total[0] += line.queued();
				total[1] += line.sent();
				total[2] += line.acknowledged();
				total[3] += line.rejected();
				total[4] += line.pending();
			});
		return new Reconciliation(target.code(), target.name(), from, to, lines,
				new Reconciliation.Line(null, null, "合计", total[0], total[1], total[2], total[3], total[4]));
	}

	List<OwedItem> items(String target, ItemState state, Long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT i.*, p.file_name FROM exchange_item i LEFT JOIN exchange_package p ON p.id = i.package_id
				WHERE i.target_code = :target AND (CAST(:state AS text) IS NULL OR i.state = :state)
				  AND i.id < :before
				ORDER BY i.id DESC LIMIT :limit
				""")
			.param("target", target)
			.param("state", (state == null) ? null : state.name())
			.param("before", (beforeId == null) ? Long.MAX_VALUE : beforeId)
			.param("limit", limit)
			.query(ExchangeReads::item)
			.list();
	}

	private static OwedItem item(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_on");
		Timestamp settled = rs.getTimestamp("settled_at");
		long id = rs.getLong("id");
		return new OwedItem(id, UpwardMessages.itemKey(id), rs.getLong("record_id"),
				ReportAction.valueOf(rs.getString("action")), rs.getString("provider_code"),
				rs.getString("category_code"), rs.getString("document_number"),
				rs.getDate("decision_date").toLocalDate(), (due == null) ? null : due.toLocalDate(),
				rs.getTimestamp("queued_at").toInstant(), rs.getString("file_name"),
				ItemState.valueOf(rs.getString("state")), rs.getString("reason_field"), rs.getString("reason"),
				(settled == null) ? null : settled.toInstant());
	}

}
