package io.gongxin.remedy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an answer date to repair applications filed while a year their period runs into
 * had no loaded holiday notice (late in a year, before the State Council's notice for the
 * next one is loaded): the period counted from the filing day, with any extension.
 */
@Component
public class ReplyDueSweep {

	private static final Logger log = LoggerFactory.getLogger(ReplyDueSweep.class);

	private static final int PAGE = 500;

	private final RepairStore store;

	private final RemedySettings settings;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReplyDueSweep(RepairStore store, RemedySettings settings, WorkingDays workingDays, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.workingDays = workingDays;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${gongxin.remedy.reply-due-sweep:PT10M}",
			fixedDelayString = "${gongxin.remedy.reply-due-sweep:PT10M}")
	void scheduled() {
		try {
			SystemActor.runAs("remedy-reply-due", this::setReplyDues);
		}
		catch (RuntimeException ex) {
			log.warn("Setting the answer dates of repair applications failed: {}", ex.toString());
		}
	}

	/** Sets every answer date that can now be counted; returns how many. */
	public int setReplyDues() {
		int set = 0;
		long after = 0;
		List<RepairStore.ReplyDuePending> page;
		do {
			// every page, as the inbox's sweep does: one that cannot be counted yet must
			// not hold back those after it
			page = this.store.replyDuePending(after, PAGE);
			for (RepairStore.ReplyDuePending pending : page) {
				set += set(pending) ? 1 : 0;
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1).id();
		}
		while (page.size() == PAGE);
		if (set > 0) {
			log.info("Set the answer date of {} repair application(s) whose period can now be counted", set);
		}
		return set;
	}

	/**
	 * The day an application filed on {@code filed} is answered by: the feedback period
	 * and any extension, in working days from the filing day. Empty while a year the
	 * period runs into has no loaded holiday notice; the sweep sets the day later.
	 */
	public Optional<LocalDate> replyDue(LocalDate filed, int extendedDays) {
		return this.workingDays.addWorkingDaysIfCovered(filed, this.settings.repairFeedback() + extendedDays);
	}

	private boolean set(RepairStore.ReplyDuePending pending) {
		Optional<LocalDate> counted = replyDue(LocalDate.ofInstant(pending.filedAt(), this.clock.getZone()),
				pending.extendedDays());
		if (counted.isEmpty()) {
			return false;
		}
		LocalDate due = counted.get();
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			if (!this.store.setReplyDue(pending.id(), due)) {
				return false;
			}
			this.audit.record(AuditEntry.change("remedy.repair.reply-due", "repair", pending.reference())
				.before("pending")
				.after(due.toString())
				.details(this.settings.repairFeedbackBasis()));
			return true;
		}));
	}

}
