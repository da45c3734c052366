package io.gongxin.audit;

import java.util.List;

import io.gongxin.audit.internal.AuditChain;
import io.gongxin.audit.internal.AuditSealing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit facade. {@link #record} joins the caller's transaction, so an audited change
 * and its audit event commit or roll back together; the event joins the chain as the
 * transaction commits, so it is not among the {@link #events} read before then.
 */
@Service
public class AuditLog {

	private final AuditChain chain;

	private final AuditSealing sealing;

	AuditLog(AuditChain chain, AuditSealing sealing) {
		this.chain = chain;
		this.sealing = sealing;
	}

	@Transactional
	public void record(AuditEntry entry) {
		this.chain.append(entry);
	}

	/**
	 * Appends a group of entries, each with the origin taken where its action happened,
	 * under one chain lock; joins the caller's transaction like {@link #record}.
	 */
	@Transactional
	public void recordAll(List<AttributedEntry> entries) {
		this.chain.appendAll(entries);
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return this.sealing.verify();
	}

	/**
	 * Seals the current head of the chain with the platform's SM2 key; returns the sealed
	 * sequence number.
	 */
	@Transactional
	public long seal() {
		return this.sealing.seal();
	}

	/** Events after {@code afterSeq}, oldest first (keyset paging). */
	@Transactional(readOnly = true)
	public List<AuditRecord> events(long afterSeq, int limit) {
		return this.chain.page(afterSeq, Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * Events matching every filter given (blank filters are left out), newest first,
	 * before {@code beforeSeq}.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> search(String actor, String action, String subjectRef, java.time.Instant from,
			java.time.Instant to, long beforeSeq, int limit) {
		return this.chain.search(blankToNull(actor), blankToNull(action), blankToNull(subjectRef), from, to, beforeSeq,
				Math.max(1, Math.min(limit, 500)));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Events that concern one subject (e.g. who read a person's credit file), newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> eventsForSubject(String subjectRef, int limit) {
		return this.chain.forSubject(subjectRef, Math.max(1, Math.min(limit, 500)));
	}

}
