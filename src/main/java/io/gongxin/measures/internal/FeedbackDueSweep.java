package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a due day to the feedback of checks answered while the holiday notice of a year
 * their period runs into was not loaded (late in a year, before the State Council's
 * notice is loaded). Once an administrator loads it, each such day's checks get the day
 * the calendar now counts, for the overdue figures; their tasks, opened without a due
 * day, get the same day from the inbox's own sweep.
 */
@Component
public class FeedbackDueSweep {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDueSweep.class);

	private final CheckStore store;

	private final FeedbackTickets tickets;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	FeedbackDueSweep(CheckStore store, FeedbackTickets tickets, AuditLog audit, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.tickets = tickets;
		this.audit = audit;
		this.transactions = transactions;
		this.zone = clock.getZone();
	}

	@Scheduled(initialDelayString = "${gongxin.measures.feedback-due-sweep:PT10M}",
			fixedDelayString = "${gongxin.measures.feedback-due-sweep:PT10M}")
	void scheduled() {
		try {
			SystemActor.runAs("measures-feedback-due", this::setDues);
		}
		catch (RuntimeException ex) {
			log.warn("Setting the feedback due days failed: {}", ex.toString());
		}
	}

	/** Sets the due day of every check whose feedback period can now be counted. */
	public int setDues() {
		int set = 0;
		for (LocalDate day : this.store.daysAwaitingDue(this.zone)) {
			Optional<LocalDate> due = this.tickets.due(day);
			if (due.isEmpty()) {
				// later days run further into the year that is not loaded
				break;
			}
			Integer checks = this.transactions.execute(status -> {
				int updated = this.store.setDue(day, due.get(), this.zone);
				if (updated > 0) {
					this.audit.record(AuditEntry.change("measures.feedback-due", "credit-check-day", day.toString())
						.after(due.get().toString())
						.details(day + " 的核查中" + updated + "项在节假日安排载入前作出，反馈期限现定为 " + due.get()));
				}
				return updated;
			});
			set += (checks == null) ? 0 : checks;
		}
		if (set > 0) {
			log.info("Set the feedback due day of {} check(s) whose period can now be counted", set);
		}
		return set;
	}

}
