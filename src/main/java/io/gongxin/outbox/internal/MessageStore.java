package io.gongxin.outbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.gongxin.outbox.MessageStatus;
import io.gongxin.outbox.OutgoingMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: writing, claiming and settling messages. */
@Repository
class MessageStore {

	private final JdbcClient jdbc;

	MessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts in chunks of one statement each; returns how many were new. */
	int insert(long endpointId, List<OutgoingMessage> messages, Instant at) {
		int inserted = 0;
		for (int from = 0; from < messages.size(); from += 1000) {
			List<OutgoingMessage> chunk = messages.subList(from, Math.min(messages.size(), from + 1000));
			inserted += this.jdbc.sql("""
					INSERT INTO outbox_message (endpoint_id, event_type, idempotency_key, payload, next_attempt_at,
					                            created_at)
					SELECT :endpoint, m.event_type, m.idempotency_key, m.payload, :at, :at
					FROM unnest(CAST(:types AS TEXT[]), CAST(:keys AS TEXT[]), CAST(:payloads AS TEXT[]))
					     AS m (event_type, idempotency_key, payload)
					ON CONFLICT (endpoint_id, idempotency_key) DO NOTHING
					""")
				.param("endpoint", endpointId)
				.param("at", Timestamp.from(at))
				.param("types", chunk.stream().map(OutgoingMessage::eventType).toArray(String[]::new))
				.param("keys", chunk.stream().map(OutgoingMessage::idempotencyKey).toArray(String[]::new))
				.param("payloads", chunk.stream().map(OutgoingMessage::payloadJson).toArray(String[]::new))
				.update();
		}
		return inserted;
	}

	Long insertOne(long endpointId, OutgoingMessage message, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO outbox_message (endpoint_id, event_type, idempotency_key, payload, next_attempt_at, created_at)
					VALUES (:endpoint, :type, :key, :payload, :at, :at)
					ON CONFLICT (endpoint_id, idempotency_key) DO NOTHING RETURNING id
					""")
			.param("endpoint", endpointId)
			.param("type", message.eventType())
			.param("key", message.idempotencyKey())
			.param("payload", message.payloadJson())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Claims due messages of active endpoints: each is pushed one lease ahead and counted
	 * as an attempt, in one statement, so two workers never send the same message at once
	 * and a killed worker's messages come back when the lease ends.
	 */
	List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
		return this.jdbc.sql("""
				UPDATE outbox_message m SET next_attempt_at = :lease, attempts = m.attempts + 1
				FROM (SELECT id FROM outbox_message
				      WHERE status = 'PENDING' AND next_attempt_at <= :now
				        AND endpoint_id IN (SELECT id FROM outbox_endpoint WHERE active)
				      ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
				WHERE m.id = due.id
				RETURNING m.id, m.endpoint_id, m.event_type, m.idempotency_key, m.payload, m.attempts, m.created_at
				""")
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(leaseUntil))
			.param("limit", limit)
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_type"),
					rs.getString("idempotency_key"), rs.getString("payload"), rs.getInt("attempts"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Settles the outcomes of one round of sends in two statements, whatever their
	 * number.
	 */
	void settle(List<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		Long[] ids = outcomes.stream().map(Outcome::messageId).toArray(Long[]::new);
		Integer[] attempts = outcomes.stream().map(Outcome::attempt).toArray(Integer[]::new);
		String[] statuses = outcomes.stream().map(o -> o.status().name()).toArray(String[]::new);
		Timestamp[] next = outcomes.stream().map(o -> Timestamp.from(o.nextAttemptAt())).toArray(Timestamp[]::new);
		Timestamp[] at = outcomes.stream().map(o -> Timestamp.from(o.at())).toArray(Timestamp[]::new);
		String[] errors = outcomes.stream().map(Outcome::error).toArray(String[]::new);
		Integer[] codes = outcomes.stream().map(Outcome::statusCode).toArray(Integer[]::new);
		Integer[] millis = outcomes.stream()
			.map(o -> (int) Math.min(Integer.MAX_VALUE, o.durationMillis()))
			.toArray(Integer[]::new);
		this.jdbc.sql("""
				UPDATE outbox_message m
				SET status = o.status, next_attempt_at = o.next_at,
				    delivered_at = CASE WHEN o.status = 'DELIVERED' THEN o.at END,
				    last_error = o.error, last_status_code = o.code
				FROM unnest(CAST(:ids AS BIGINT[]), CAST(:statuses AS TEXT[]), CAST(:next AS TIMESTAMPTZ[]),
				            CAST(:at AS TIMESTAMPTZ[]), CAST(:errors AS TEXT[]), CAST(:codes AS INT[]))
				     AS o (id, status, next_at, at, error, code)
				WHERE m.id = o.id AND m.status = 'PENDING'
				""")
			.param("ids", ids)
			.param("statuses", statuses)
			.param("next", next)
			.param("at", at)
			.param("errors", errors)
			.param("codes", codes)
			.update();
		this.jdbc.sql("""
				INSERT INTO outbox_attempt (message_id, attempt, at, status_code, error, duration_ms)
				SELECT * FROM unnest(CAST(:ids AS BIGINT[]), CAST(:attempts AS INT[]), CAST(:at AS TIMESTAMPTZ[]),
				                     CAST(:codes AS INT[]), CAST(:errors AS TEXT[]), CAST(:millis AS INT[]))
				ON CONFLICT DO NOTHING
				""")
			.param("ids", ids)
			.param("attempts", attempts)
			.param("at", at)
			.param("codes", codes)
			.param("errors", errors)
			.param("millis", millis)
			.update();
	}

	/** Dead letters back to pending, attempts reset; returns how many. */
	int resend(Long messageId, Long endpointId, Instant at) {
		return this.jdbc.sql("""
				UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :at
				WHERE status = 'DEAD' AND (CAST(:id AS BIGINT) IS NULL OR id = :id)
				  AND (CAST(:endpoint AS BIGINT) IS NULL OR endpoint_id = :endpoint)
				""").param("id", messageId).param("endpoint", endpointId).param("at", Timestamp.from(at)).update();
	}

	/** A claimed message on its way out. */
	record Claimed(long id, long endpointId, String eventType, String idempotencyKey, String payload, int attempt,
			Instant createdAt) {
	}

	/** What one attempt came to. */
	record Outcome(long messageId, int attempt, MessageStatus status, Instant at, Instant nextAttemptAt,
			Integer statusCode, String error, long durationMillis) {
	}

	io.gongxin.outbox.EndpointHealth health(long endpointId, java.time.Instant since) {
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM outbox_message WHERE endpoint_id = :e AND status = 'PENDING') AS pending,
					       (SELECT min(created_at) FROM outbox_message WHERE endpoint_id = :e AND status = 'PENDING') AS oldest,
					       (SELECT count(*) FROM outbox_message WHERE endpoint_id = :e AND status = 'DEAD') AS dead,
					       (SELECT count(*) FROM outbox_attempt a JOIN outbox_message m ON m.id = a.message_id
					         WHERE m.endpoint_id = :e AND a.at >= :since
					           AND (a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)) AS failed,
					       (SELECT max(delivered_at) FROM outbox_message WHERE endpoint_id = :e AND status = 'DELIVERED')
					         AS delivered
					""")
			.param("e", endpointId)
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, row) -> {
				java.sql.Timestamp oldest = rs.getTimestamp("oldest");
				java.sql.Timestamp delivered = rs.getTimestamp("delivered");
				LastError last = lastError(endpointId);
				return new io.gongxin.outbox.EndpointHealth(rs.getLong("pending"),
						(oldest == null) ? null : oldest.toInstant(), rs.getLong("dead"), rs.getLong("failed"),
						(last == null) ? null : last.error(), (last == null) ? null : last.at(),
						(delivered == null) ? null : delivered.toInstant());
			})
			.single();
	}

	private record LastError(String error, java.time.Instant at) {
	}

	private LastError lastError(long endpointId) {
		return this.jdbc.sql("""
				SELECT coalesce(a.error, 'HTTP ' || a.status_code) AS error, a.at
				FROM outbox_attempt a JOIN outbox_message m ON m.id = a.message_id
				WHERE m.endpoint_id = :e AND (a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)
				ORDER BY a.at DESC LIMIT 1
				""")
			.param("e", endpointId)
			.query((rs, row) -> new LastError(rs.getString("error"), rs.getTimestamp("at").toInstant()))
			.optional()
			.orElse(null);
	}

}
