package io.gongxin.quality.internal;

import java.util.List;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.RecordsAccepted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of document numbers current: every record a batch stored (new or a
 * new version) adds its number once.
 */
@Component
class DocumentListener {

	private final CreditRecords records;

	private final ConcealmentStore store;

	DocumentListener(CreditRecords records, ConcealmentStore store) {
		this.records = records;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(RecordsAccepted batch) {
		if (batch.created() + batch.superseding() == 0) {
			return;
		}
		long after = 0;
		while (true) {
			List<CreditRecord> page = this.records.ofBatch(batch.batchId(), after, 2000);
			this.store.addDocuments(page.stream().filter(record -> record.batchId().equals(batch.batchId())).toList());
			if (page.size() < 2000) {
				return;
			}
			after = page.get(page.size() - 1).id();
		}
	}

}
