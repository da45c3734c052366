package io.gongxin.exchange.internal;

import java.util.Map;
import java.util.TreeMap;

import io.gongxin.calendar.LegalBasis;
import io.gongxin.exchange.Target;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.TaskType;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;

import org.springframework.stereotype.Component;

/**
 * A target's refusal of a record goes back to the department that provided it: as its
 * problem data (with what to do) and as one task per package on its desk.
 */
@Component
class Refusals {

	static final TaskType UPSTREAM_REJECTION = new TaskType("UPSTREAM_REJECTION", "上级平台退回数据更正",
			LegalBasis.DOUBLE_PUBLICITY_DAYS, LegalBasis.DOUBLE_PUBLICITY);

	private final CreditRecords records;

	private final Ingestion ingestion;

	private final Inbox inbox;

	private final CategoryNames categoryNames;

	Refusals(CreditRecords records, Ingestion ingestion, Inbox inbox, CategoryNames categoryNames) {
		this.records = records;
		this.ingestion = ingestion;
		this.inbox = inbox;
		this.categoryNames = categoryNames;
	}

	/** Collects the refusals of one receipt, then opens the departments' tasks. */
	final class Batch {

		private final Target target;

		private final String packageKey;

		private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

		Batch(Target target, String packageKey) {
			this.target = target;
			this.packageKey = packageKey;
		}

		void refused(long recordId, String field, String reason) {
			CreditRecord record = Refusals.this.records.find(recordId).orElse(null);
			if (record == null) {
				return;
			}
			Refusals.this.ingestion.recordUpstreamRejection(record, this.target.name(), field, reason);
			this.counts.computeIfAbsent(record.providerCode(), provider -> new TreeMap<>())
				.merge(record.categoryCode(), 1, Integer::sum);
		}

		void openTasks() {
			if (this.counts.isEmpty()) {
				return;
			}
			Map<String, String> names = Refusals.this.categoryNames.names();
			this.counts.forEach((provider, byCategory) -> {
				String what = String.join("、",
						byCategory.entrySet()
							.stream()
							.map(entry -> entry.getValue() + "条" + names.getOrDefault(entry.getKey(), entry.getKey()))
							.toList());
				String title = this.target.name() + "退回" + what + "信息，请在问题数据中查看原因，更正后以同一文书号重新报送";
				String source = "exchange:" + this.target.code() + ":" + this.packageKey + ":" + provider;
				// without a due day while its year has no holiday notice: the inbox sets
				// it once one is loaded
				Refusals.this.inbox.open(NewTask.of(UPSTREAM_REJECTION, provider, title, source));
			});
		}

	}

	Batch batch(Target target, String packageKey) {
		return new Batch(target, packageKey);
	}

}
