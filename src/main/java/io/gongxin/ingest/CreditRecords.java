package io.gongxin.ingest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.ingest.internal.RecordStore;
import io.gongxin.subject.SubjectId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to accepted credit records, for the modules that build projections from
 * them.
 */
@Service
public class CreditRecords {

	private final RecordStore store;

	CreditRecords(RecordStore store) {
		this.store = store;
	}

	/** Records a batch created or ended, in id order (keyset). */
	@Transactional(readOnly = true)
	public List<CreditRecord> ofBatch(UUID batchId, long afterId, int limit) {
		return this.store.ofBatch(batchId, afterId, Math.max(1, Math.min(limit, 5000)));
	}

	/**
	 * The record a one-row filing stored (the platform files commitments and inspection
	 * results so); empty when the row changed nothing or was refused.
	 */
	@Transactional(readOnly = true)
	public java.util.OptionalLong storedBy(UUID batchId) {
		return ofBatch(batchId, 0, 10).stream()
			.filter(record -> record.status() == CreditRecord.Status.ACTIVE)
			.mapToLong(CreditRecord::id)
			.findFirst();
	}

	/**
	 * The records with these ids (at most 5,000), in id order; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public List<CreditRecord> byIds(java.util.Collection<Long> ids) {
		if (ids.size() > 5000) {
			throw new IllegalArgumentException("at most 5,000 records at a time");
		}
		return ids.isEmpty() ? List.of() : this.store.byIds(ids.stream().mapToLong(Long::longValue).toArray());
	}

	/** Every record about a subject, current and ended. */
	@Transactional(readOnly = true)
	public List<CreditRecord> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	@Transactional(readOnly = true)
	public Optional<CreditRecord> find(long id) {
		return this.store.find(id);
	}

	/**
	 * All records, optionally of one provider and category, in id order (keyset), for
	 * rebuilding projections.
	 */
	@Transactional(readOnly = true)
	public List<CreditRecord> page(String providerCode, String categoryCode, long afterId, int limit) {
		return this.store.page(providerCode, categoryCode, afterId, Math.max(1, Math.min(limit, 5000)));
	}

}
