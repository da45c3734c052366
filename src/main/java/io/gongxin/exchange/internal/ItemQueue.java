package io.gongxin.exchange.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.exchange.ReportAction;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.RecordsAccepted;
import io.gongxin.remedy.RepairApproved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Owes every active target that takes the category what an intake batch stored or
 * revoked, and the withdrawal of what was repaired here. The listeners are durable event
 * publications: a crash before they finish hands the event to them again at restart, and
 * an item owed twice is owed once.
 */
@Component
class ItemQueue {

	private static final int PAGE = 5000;

	private final CreditRecords records;

	private final TargetStore targets;

	private final OwedItems items;

	private final StatutoryDeadline deadline;

	private final Clock clock;

	ItemQueue(CreditRecords records, TargetStore targets, OwedItems items, StatutoryDeadline deadline, Clock clock) {
		this.records = records;
		this.targets = targets;
		this.items = items;
		this.deadline = deadline;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RecordsAccepted event) {
		List<String> takers = this.targets.takers(event.categoryCode());
		if (takers.isEmpty() || event.created() + event.superseding() + event.revoked() == 0) {
			return;
		}
		long after = 0;
		while (true) {
			List<CreditRecord> page = this.records.ofBatch(event.batchId(), after, PAGE);
			if (page.isEmpty()) {
				return;
			}
			List<OwedItems.Owed> owed = new ArrayList<>();
			for (CreditRecord record : page) {
				ReportAction action = actionFor(record, event);
				if (action != null) {
					owed.add(owed(record, action));
				}
			}
			this.items.queue(takers, owed, this.clock.instant());
			after = page.get(page.size() - 1).id();
		}
	}

	/**
	 * A repair: every target must stop showing the record too, except the one that
	 * decided it (信用中国 reports its repairs in its receipts) and already knows.
	 */
	@ApplicationModuleListener
	void on(RepairApproved event) {
		List<String> decidedBy = RepairApproved.HERE.equals(event.origin()) ? List.of()
				: this.targets.codesNamed(event.origin());
		List<String> takers = this.targets.takers(event.categoryCode())
			.stream()
			.filter(code -> !decidedBy.contains(code))
			.toList();
		if (takers.isEmpty()) {
			return;
		}
		this.records.find(event.recordId())
			.ifPresent(record -> this.items.queue(takers, List.of(owed(record, ReportAction.WITHDRAW)),
					this.clock.instant()));
	}

	/**
	 * A record the batch created and that is still in force is reported (a new version
	 * replaces the old one at the target by its 文书号); one the batch revoked is withdrawn.
	 * A version already replaced again by a later batch is left to that batch.
	 */
	private static ReportAction actionFor(CreditRecord record, RecordsAccepted event) {
		boolean createdHere = record.batchId().equals(event.batchId());
		if (createdHere) {
			return (record.status() == CreditRecord.Status.ACTIVE) ? ReportAction.REPORT : null;
		}
		return (record.status() == CreditRecord.Status.REVOKED) ? ReportAction.WITHDRAW : null;
	}

	private OwedItems.Owed owed(CreditRecord record, ReportAction action) {
		return new OwedItems.Owed(record.id(), action, record.providerCode(), record.categoryCode(),
				record.documentNumber(), record.decisionDate(), (action == ReportAction.REPORT)
						? this.deadline.dueOn(record.categoryCode(), record.decisionDate()) : null);
	}

}
