package io.gongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.gongxin.platform.Sm3;
import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditOrigin;
import io.gongxin.audit.AuditRecord;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the hash chain. Appends are serialised by a transaction-scoped
 * advisory lock: the new link must see the committed head, and the lock is released only
 * when the caller's transaction ends, which is why a transaction's entries are written as
 * it commits.
 */
@Component
public class AuditChain {

	private static final long CHAIN_LOCK = 0x6778_6175_6469_74L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditWitness witness;

	AuditChain(JdbcClient jdbc, Clock clock, AuditWitness witness) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.witness = witness;
	}

	public void append(AuditEntry entry) {
		appendAll(List.of(new AttributedEntry(entry, AuditOrigin.current(this.clock))));
	}

	/**
	 * Appends the entries in order when the caller's transaction commits, under one lock
	 * and one statement with every other entry of that transaction. The chain lock is
	 * then held only for the append and the commit: taken at the first entry, it made
	 * every other auditing transaction wait for whatever this one did after it.
	 */
	public void appendAll(List<AttributedEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Deferred deferred = deferred();
		if (deferred == null) {
			write(entries);
		}
		else {
			deferred.entries.addAll(entries);
		}
	}

	/**
	 * The entries waiting for this transaction's commit; null outside a transaction, or
	 * once they were written (an entry made while committing is written at once).
	 */
	private Deferred deferred() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Deferred deferred && deferred.chain() == this) {
				return deferred.written ? null : deferred;
			}
		}
		Deferred deferred = new Deferred();
		TransactionSynchronizationManager.registerSynchronization(deferred);
		return deferred;
	}

	/** A transaction's entries, written just before it commits. */
	private final class Deferred implements TransactionSynchronization {

		private final List<AttributedEntry> entries = new ArrayList<>();

		private boolean written;

		AuditChain chain() {
			return AuditChain.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.written = true;
			write(this.entries);
		}

		@Override
		public int getOrder() {
			// after the other work done before commit, which may audit too
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	private void write(List<AttributedEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		// the lock, then the head as committed when it was granted (V202)
		Head head = this.jdbc.sql("SELECT head_chain, head_seq, head_hash FROM audit_chain_lock_head(:lock)")
			.param("lock", CHAIN_LOCK)
			.query((rs, n) -> new Head(rs.getString(1), rs.getLong(2),
					(rs.getString(3) != null) ? rs.getString(3) : ChainLink.GENESIS))
			.single();
		List<AuditRecord> records = new ArrayList<>(entries.size());
		// never a number the witness has seen: rows removed behind the platform's back
		// leave a gap that verification reports, not a place for new rows
		long seq = Math.max(head.seq(), this.witness.floor(head.chain()));
		String previous = head.hash();
		for (AttributedEntry attributed : entries) {
			AuditEntry entry = attributed.entry();
			AuditOrigin origin = attributed.origin();
			seq++;
			AuditRecord unhashed = new AuditRecord(seq, origin.at(), origin.actor(), origin.roles(),
					entry.kind().name(), entry.action(), entry.targetType(), entry.targetId(), entry.subjectRef(),
					Sm3.hex(entry.before()), Sm3.hex(entry.after()), entry.details(), origin.clientAddress(), previous,
					null);
			previous = ChainLink.hashOf(unhashed);
			records.add(new AuditRecord(seq, origin.at(), origin.actor(), origin.roles(), unhashed.kind(),
					unhashed.action(), unhashed.targetType(), unhashed.targetId(), unhashed.subjectRef(),
					unhashed.beforeDigest(), unhashed.afterDigest(), unhashed.details(), unhashed.clientAddress(),
					unhashed.prevHash(), previous));
		}
		this.jdbc
			.sql("""
					INSERT INTO audit_event (seq, occurred_at, actor, actor_roles, kind, action, target_type, target_id,
					                         subject_ref, before_digest, after_digest, details, client_address,
					                         prev_hash, hash)
					SELECT * FROM unnest(CAST(:seq AS bigint[]), CAST(:at AS timestamptz[]), CAST(:actor AS text[]),
					                     CAST(:roles AS text[]), CAST(:kind AS text[]), CAST(:action AS text[]),
					                     CAST(:targetType AS text[]), CAST(:targetId AS text[]), CAST(:subjectRef AS text[]),
					                     CAST(:before AS text[]), CAST(:after AS text[]), CAST(:details AS text[]),
					                     CAST(:client AS text[]), CAST(:prev AS text[]), CAST(:hash AS text[]))
					""")
			.param("seq", records.stream().map(AuditRecord::seq).toArray(Long[]::new))
			.param("at", records.stream().map(r -> r.occurredAt().toString()).toArray(String[]::new))
			.param("actor", column(records, AuditRecord::actor))
			.param("roles", column(records, AuditRecord::actorRoles))
			.param("kind", column(records, AuditRecord::kind))
			.param("action", column(records, AuditRecord::action))
			.param("targetType", column(records, AuditRecord::targetType))
			.param("targetId", column(records, AuditRecord::targetId))
			.param("subjectRef", column(records, AuditRecord::subjectRef))
			.param("before", column(records, AuditRecord::beforeDigest))
			.param("after", column(records, AuditRecord::afterDigest))
			.param("details", column(records, AuditRecord::details))
			.param("client", column(records, AuditRecord::clientAddress))
			.param("prev", column(records, AuditRecord::prevHash))
			.param("hash", column(records, AuditRecord::hash))
			.update();
		AuditRecord last = records.get(records.size() - 1);
		afterCommit(() -> this.witness.witness(head.chain(), last.seq(), last.hash()));
	}

	/** The chain's identity and its newest event in the database. */
	Head head() {
		return this.jdbc.sql("""
				SELECT i.id || '/' || d.oid AS chain, h.seq, h.hash
				FROM audit_chain_identity i
				CROSS JOIN pg_database d
				LEFT JOIN LATERAL (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) h ON true
				WHERE d.datname = current_database()
				""")
			.query((rs, n) -> new Head(rs.getString("chain"), rs.getLong("seq"),
					(rs.getString("hash") != null) ? rs.getString("hash") : ChainLink.GENESIS))
			.single();
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private static String[] column(List<AuditRecord> records, Function<AuditRecord, String> value) {
		return records.stream().map(value).toArray(String[]::new);
	}

	public List<AuditRecord> page(long afterSeq, int limit) {
		return this.jdbc.sql("SELECT * FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :limit")
			.param("after", afterSeq)
			.param("limit", limit)
			.query(AuditChain::map)
			.list();
	}

	/**
	 * Events matching every filter given (actor, action prefix, subject, period), newest
	 * first, before {@code beforeSeq} (keyset).
	 */
	public List<AuditRecord> search(String actor, String action, String subjectRef, java.time.Instant from,
			java.time.Instant to, long beforeSeq, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM audit_event
				WHERE seq < :before
				  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
				  AND (CAST(:action AS text) IS NULL OR action LIKE :action || '%')
				  AND (CAST(:subject AS text) IS NULL OR subject_ref = :subject)
				  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
				  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
				ORDER BY seq DESC LIMIT :limit""")
			.param("before", beforeSeq)
			.param("actor", actor)
			.param("action", action)
			.param("subject", subjectRef)
			.param("from", (from == null) ? null : from.toString())
			.param("to", (to == null) ? null : to.toString())
			.param("limit", limit)
			.query(AuditChain::map)
			.list();
	}

	public List<AuditRecord> forSubject(String subjectRef, int limit) {
		return this.jdbc.sql("SELECT * FROM audit_event WHERE subject_ref = :subject ORDER BY seq DESC LIMIT :limit")
			.param("subject", subjectRef)
			.param("limit", limit)
			.query(AuditChain::map)
			.list();
	}

	static AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("actor_roles"), rs.getString("kind"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("subject_ref"), rs.getString("before_digest"),
				rs.getString("after_digest"), rs.getString("details"), rs.getString("client_address"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	/**
	 * @param chain names the chain for the witness: its identity row and its database
	 */
	record Head(String chain, long seq, String hash) {
	}

}
