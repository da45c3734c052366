package io.gongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditWitness witness;

	private final ChainWriter writer;

	private volatile String lastChain;

	AuditChain(JdbcClient jdbc, Clock clock, AuditWitness witness, ChainWriter writer) {
		this.writer = writer;
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
		ChainWriter.Written written = this.writer.write(entries, lastCommitted());
		this.lastChain = written.head().chain();
		afterCommit(() -> this.witness.witness(written.head().chain(), written.seq(), written.hash()));
	}

	/**
	 * The head this instance last committed (the witness keeps it), on the chain it last
	 * wrote to; null before its first append.
	 */
	private Head lastCommitted() {
		String chain = this.lastChain;
		if (chain == null) {
			return null;
		}
		return this.witness.head(chain).map(mark -> new Head(chain, mark.seq(), mark.hash())).orElse(null);
	}

	/** The chain's identity and its newest event in the database. */
	Head head() {
		return this.jdbc.sql("SELECT head_chain, head_seq, head_hash FROM audit_chain_head()")
			.query((rs, n) -> Head.read(rs))
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

		/**
		 * The head from a row of {@code audit_chain_head()}; an empty chain's is the
		 * genesis.
		 */
		static Head read(ResultSet rs) throws SQLException {
			String hash = rs.getString("head_hash");
			return new Head(rs.getString("head_chain"), rs.getLong("head_seq"),
					(hash != null) ? hash : ChainLink.GENESIS);
		}

	}

}
