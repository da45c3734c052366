package io.gongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends events to the hash chain. Appends are serialised by a transaction-scoped
 * advisory lock: the new link must see the committed head, and the lock is released only
 * when the caller's transaction ends.
 */
@Component
public class AuditChain {

	private static final long CHAIN_LOCK = 0x6778_6175_6469_74L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditChain(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public AuditRecord append(AuditEntry entry) {
		this.jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) AS locked")
			.param("lock", CHAIN_LOCK)
			.query(Integer.class)
			.single();
		Head head = this.jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Head(0, ChainLink.GENESIS));
		long seq = head.seq() + 1;
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		String actor = ActingUser.currentName();
		String roles = (who != null) ? who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(",")) : "";
		AuditRecord record = new AuditRecord(seq, now, actor, roles, entry.kind().name(), entry.action(),
				entry.targetType(), entry.targetId(), entry.subjectRef(), Sm3.hex(entry.before()),
				Sm3.hex(entry.after()), entry.details(), clientAddress(), head.hash(), null);
		String hash = ChainLink.hashOf(record);
		this.jdbc.sql("""
				INSERT INTO audit_event (seq, occurred_at, actor, actor_roles, kind, action, target_type, target_id,
				                         subject_ref, before_digest, after_digest, details, client_address,
				                         prev_hash, hash)
				VALUES (:seq, :at, :actor, :roles, :kind, :action, :targetType, :targetId, :subjectRef, :before,
				        :after, :details, :client, :prev, :hash)
				""")
			.param("seq", seq)
			.param("at", Timestamp.from(now))
			.param("actor", actor)
			.param("roles", roles)
			.param("kind", record.kind())
			.param("action", record.action())
			.param("targetType", record.targetType())
			.param("targetId", record.targetId())
			.param("subjectRef", record.subjectRef())
			.param("before", record.beforeDigest())
			.param("after", record.afterDigest())
			.param("details", record.details())
			.param("client", record.clientAddress())
			.param("prev", record.prevHash())
			.param("hash", hash)
			.update();
		return new AuditRecord(seq, now, actor, roles, record.kind(), record.action(), record.targetType(),
				record.targetId(), record.subjectRef(), record.beforeDigest(), record.afterDigest(), record.details(),
				record.clientAddress(), record.prevHash(), hash);
	}

	public List<AuditRecord> page(long afterSeq, int limit) {
		return this.jdbc.sql("SELECT * FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :limit")
			.param("after", afterSeq)
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

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private record Head(long seq, String hash) {
	}

}
