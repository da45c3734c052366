package io.gongxin.outbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.EventTitles;
import io.gongxin.platform.ModuleNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the operations page shows and the few things an officer may do there. */
@Service
class OutboxOperations {

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final MessageStore messages;

	private final DefaultOutbox outbox;

	private final IncompleteEventPublications incomplete;

	private final AuditLog audit;

	private final DeliveryWorkers workers;

	private final Clock clock;

	OutboxOperations(JdbcClient jdbc, MessageStore messages, DefaultOutbox outbox,
			IncompleteEventPublications incomplete, AuditLog audit, DeliveryWorkers workers, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.outbox = outbox;
		this.incomplete = incomplete;
		this.audit = audit;
		this.workers = workers;
		this.clock = clock;
	}

	/** Backlog, lag and failures of the last hour. */
	OutboxSummary summary() {
		Instant now = this.clock.instant();
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM outbox_message WHERE status = 'PENDING') AS pending,
					       (SELECT min(created_at) FROM outbox_message WHERE status = 'PENDING') AS oldest,
					       (SELECT count(*) FROM outbox_message WHERE status = 'DEAD') AS dead,
					       (SELECT count(*) FROM outbox_attempt WHERE at >= :since AND error IS NOT NULL) AS failures,
					       d.delivered, d.p50, d.p95
					FROM (SELECT count(*) AS delivered,
					             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(EPOCH FROM delivered_at - created_at)) AS p50,
					             percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(EPOCH FROM delivered_at - created_at)) AS p95
					      FROM outbox_message WHERE status = 'DELIVERED' AND delivered_at >= :since) d
					""")
			.param("since", since)
			.query((rs, n) -> {
				Timestamp oldest = rs.getTimestamp("oldest");
				return new OutboxSummary(rs.getLong("pending"),
						(oldest == null) ? null : Duration.between(oldest.toInstant(), now), rs.getLong("dead"),
						rs.getLong("failures"), rs.getLong("delivered"), seconds(rs.getObject("p50")),
						seconds(rs.getObject("p95")));
			})
			.single();
	}

	/** Dead letters, newest first; pass the last id seen for the next page. */
	List<DeadLetter> deadLetters(Long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT m.id, m.endpoint_id, e.name AS endpoint_name, e.url, m.event_type, m.idempotency_key, m.attempts,
				       m.last_error, m.last_status_code, m.created_at, m.next_attempt_at AS failed_at
				FROM outbox_message m JOIN outbox_endpoint e ON e.id = m.endpoint_id
				WHERE m.status = 'DEAD' AND m.id < :before
				ORDER BY m.id DESC LIMIT :limit
				""")
			.param("before", (beforeId == null) ? Long.MAX_VALUE : beforeId)
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new DeadLetter(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("endpoint_name"),
					rs.getString("url"), rs.getString("event_type"), rs.getString("idempotency_key"),
					rs.getInt("attempts"), rs.getString("last_error"), (Integer) rs.getObject("last_status_code"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("failed_at").toInstant()))
			.list();
	}

	/** Every endpoint with its counts. */
	List<EndpointLine> endpoints() {
		return this.jdbc.sql("""
				SELECT e.id, e.name, e.url, e.owner_ref, e.department_code, e.active,
				       count(*) FILTER (WHERE m.status = 'PENDING') AS pending,
				       count(*) FILTER (WHERE m.status = 'DEAD') AS dead,
				       max(m.delivered_at) AS last_delivered
				FROM outbox_endpoint e LEFT JOIN outbox_message m ON m.endpoint_id = e.id
				GROUP BY e.id ORDER BY e.id
				""").query((rs, n) -> {
			Timestamp last = rs.getTimestamp("last_delivered");
			return new EndpointLine(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
					rs.getString("owner_ref"), rs.getString("department_code"), rs.getBoolean("active"),
					rs.getLong("pending"), rs.getLong("dead"), (last == null) ? null : last.toInstant());
		}).list();
	}

	/** Attempts of one message, oldest first: the delivery trail. */
	List<Attempt> attempts(long messageId) {
		return this.jdbc.sql("""
				SELECT attempt, at, status_code, error, duration_ms FROM outbox_attempt
				WHERE message_id = :id ORDER BY attempt
				""")
			.param("id", messageId)
			.query((rs, n) -> new Attempt(rs.getInt("attempt"), rs.getTimestamp("at").toInstant(),
					(Integer) rs.getObject("status_code"), rs.getString("error"), rs.getLong("duration_ms")))
			.list();
	}

	/** Event publications whose listeners have not finished, per listener. */
	List<OpenPublications> openPublications() {
		return this.jdbc.sql("""
				SELECT listener_id, event_type, count(*) AS open, min(publication_date) AS oldest
				FROM event_publication WHERE completion_date IS NULL
				GROUP BY listener_id, event_type ORDER BY oldest LIMIT 100
				""")
			.query((rs, n) -> new OpenPublications(rs.getString("listener_id"), rs.getString("event_type"),
					rs.getLong("open"), rs.getTimestamp("oldest").toInstant()))
			.list();
	}

	@Transactional
	int resend(Long messageId, Long endpointId) {
		if (endpointId != null) {
			this.outbox.require(endpointId);
		}
		int resent = this.messages.resend(messageId, endpointId, this.clock.instant());
		this.audit.record(
				AuditEntry
					.change("outbox.dead-letter.resend", (messageId != null) ? "outbox-message" : "outbox-endpoint",
							String.valueOf((messageId != null) ? messageId : endpointId))
					.details(resent + " message(s)"));
		this.workers.wake();
		return resent;
	}

	/** Hands open publications older than a minute to their listeners again. */
	void resubmitPublications() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
		this.audit.record(AuditEntry.change("events.publications.resubmit", "event-publication", "older-than-PT1M"));
	}

	static Double seconds(Object value) {
		return (value == null) ? null : ((Number) value).doubleValue();
	}

	record OutboxSummary(long pending, Duration oldestPendingAge, long dead, long failuresLastHour,
			long deliveredLastHour, Double lagP50Seconds, Double lagP95Seconds) {
	}

	record DeadLetter(long id, long endpointId, String endpointName, String url, String eventType,
			String idempotencyKey, int attempts, String lastError, Integer lastStatusCode, Instant createdAt,
			Instant failedAt) {

		/**
		 * The message's event as people call it; its external type is what the receiver
		 * sees.
		 */
		public String event() {
			return EventTitles.text(this.eventType);
		}

	}

	record EndpointLine(long id, String name, String url, String ownerRef, String departmentCode, boolean active,
			long pending, long dead, Instant lastDelivered) {
	}

	record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMillis) {
	}

	record OpenPublications(String listenerId, String eventType, long open, Instant oldest) {

		/** The part of the platform that handles the event, not its Java method. */
		public String handler() {
			return ModuleNames.of(this.listenerId).orElse("其他处理方");
		}

		public String event() {
			return EventTitles.text(this.eventType);
		}

	}

}
