package io.gongxin.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditOrigin;
import io.gongxin.audit.AuditRecord;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.platform.Sm3;

import org.springframework.stereotype.Component;

/**
 * Links a transaction's entries onto the chain's head and writes them, under the chain's
 * lock. The head this instance committed last is usually still the head: the entries are
 * then linked onto it beforehand, and the lock, the head and the insert go in one round
 * trip; the insert is guarded by the head it was linked onto, so when the chain has moved
 * on (another transaction or instance appended, rows were removed) nothing is written,
 * and the entries are linked again onto the head found under the lock.
 */
@Component
class ChainWriter {

	static final long CHAIN_LOCK = 0x6778_6175_6469_74L;

	private static final String INSERT = """
			INSERT INTO audit_event (seq, occurred_at, actor, actor_roles, kind, action, target_type, target_id,
			                         subject_ref, before_digest, after_digest, details, client_address,
			                         prev_hash, hash)
			SELECT * FROM unnest(CAST(:seq AS bigint[]), CAST(:at AS timestamptz[]), CAST(:actor AS text[]),
			                     CAST(:roles AS text[]), CAST(:kind AS text[]), CAST(:action AS text[]),
			                     CAST(:targetType AS text[]), CAST(:targetId AS text[]), CAST(:subjectRef AS text[]),
			                     CAST(:before AS text[]), CAST(:after AS text[]), CAST(:details AS text[]),
			                     CAST(:client AS text[]), CAST(:prev AS text[]), CAST(:hash AS text[])) AS t
			""";

	// the statement runs after the lock was granted (it follows the lock in the trip), so
	// its snapshot shows the head as committed
	private static final String GUARD = """
			WHERE EXISTS (SELECT 1 FROM (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) h
			              WHERE h.seq = :expectedSeq AND h.hash = :expectedHash)
			""";

	/** The insert's text parameters, by name. */
	private static final Map<String, Function<AuditRecord, String>> TEXT_COLUMNS = textColumns();

	private static Map<String, Function<AuditRecord, String>> textColumns() {
		Map<String, Function<AuditRecord, String>> columns = new java.util.LinkedHashMap<>();
		columns.put("actor", AuditRecord::actor);
		columns.put("roles", AuditRecord::actorRoles);
		columns.put("kind", AuditRecord::kind);
		columns.put("action", AuditRecord::action);
		columns.put("targetType", AuditRecord::targetType);
		columns.put("targetId", AuditRecord::targetId);
		columns.put("subjectRef", AuditRecord::subjectRef);
		columns.put("before", AuditRecord::beforeDigest);
		columns.put("after", AuditRecord::afterDigest);
		columns.put("details", AuditRecord::details);
		columns.put("client", AuditRecord::clientAddress);
		columns.put("prev", AuditRecord::prevHash);
		columns.put("hash", AuditRecord::hash);
		return java.util.Collections.unmodifiableMap(columns);
	}

	/** The head the entries were linked onto, and the last of them. */
	record Written(AuditChain.Head head, long seq, String hash) {
	}

	private final SqlPipeline pipeline;

	private final AuditWitness witness;

	ChainWriter(SqlPipeline pipeline, AuditWitness witness) {
		this.pipeline = pipeline;
		this.witness = witness;
	}

	/**
	 * Writes the entries after the head; {@code expected} is the head this instance last
	 * committed, or null when it does not know one.
	 */
	Written write(List<AttributedEntry> entries, AuditChain.Head expected) {
		PipelinedSql<AuditChain.Head> locked = lockAndHead();
		if (expected != null && !expected.hash().equals(ChainLink.GENESIS)) {
			List<AuditRecord> records = link(entries, expected);
			AuditChain.Head head = this.pipeline.all(List.of(locked, insert(records, expected))).of(locked);
			if (head.equals(expected)) {
				return written(head, records);
			}
			return insertAfter(entries, head);
		}
		return insertAfter(entries, this.pipeline.one(locked));
	}

	private Written insertAfter(List<AttributedEntry> entries, AuditChain.Head head) {
		List<AuditRecord> records = link(entries, head);
		this.pipeline.one(insert(records, null));
		return written(head, records);
	}

	private static Written written(AuditChain.Head head, List<AuditRecord> records) {
		AuditRecord last = records.get(records.size() - 1);
		return new Written(head, last.seq(), last.hash());
	}

	/** The lock, then the head as committed when it was granted (V202). */
	private static PipelinedSql<AuditChain.Head> lockAndHead() {
		return PipelinedSql.query("SELECT head_chain, head_seq, head_hash FROM audit_chain_lock_head(:lock)",
				Map.of("lock", CHAIN_LOCK), rs -> {
					rs.next();
					return AuditChain.Head.read(rs);
				});
	}

	private List<AuditRecord> link(List<AttributedEntry> entries, AuditChain.Head head) {
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
		return records;
	}

	private static PipelinedSql<Void> insert(List<AuditRecord> records, AuditChain.Head guard) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("seq", records.stream().map(AuditRecord::seq).toArray(Long[]::new));
		values.put("at", records.stream().map(r -> r.occurredAt().toString()).toArray(String[]::new));
		TEXT_COLUMNS.forEach((name, value) -> values.put(name, records.stream().map(value).toArray(String[]::new)));
		if (guard == null) {
			return PipelinedSql.command(INSERT, values);
		}
		values.put("expectedSeq", guard.seq());
		values.put("expectedHash", guard.hash());
		return PipelinedSql.command(INSERT + GUARD, values);
	}

}
