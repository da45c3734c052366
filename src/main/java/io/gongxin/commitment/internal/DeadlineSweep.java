package io.gongxin.commitment.internal;

import java.time.LocalDate;

import io.gongxin.commitment.Commitment;
import io.gongxin.platform.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a due day to commitments signed while the holiday notice of a year their period
 * runs into was not loaded (late in a year, before the State Council's notice is loaded):
 * once an administrator loads it, their verification tasks open with the deadline the
 * calendar now counts. Until then the desk shows them as 核查期限待定.
 */
@Component
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	private final CommitmentStore store;

	private final Signing signing;

	private final TransactionTemplate each;

	DeadlineSweep(CommitmentStore store, Signing signing, PlatformTransactionManager transactions) {
		this.store = store;
		this.signing = signing;
		this.each = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${gongxin.commitment.deadline-sweep:PT10M}",
			fixedDelayString = "${gongxin.commitment.deadline-sweep:PT10M}")
	void sweep() {
		SystemActor.runAs("commitment-deadlines", this::openDeadlines);
	}

	/** Opens the verification of every commitment whose due day can now be counted. */
	public int openDeadlines() {
		int opened = 0;
		for (Commitment c : this.store.deadlinePending(500)) {
			LocalDate due = this.signing.dueOn(c.signedOn(), c.verificationWorkingDays());
			if (due == null) {
				// the year is still not loaded; later ones cannot be counted either
				continue;
			}
			Boolean set = this.each.execute(status -> {
				if (!this.store.setDue(c.id(), due)) {
					return false;
				}
				this.signing.openVerification(this.store.byNumber(c.number()).orElseThrow());
				return true;
			});
			if (Boolean.TRUE.equals(set)) {
				opened++;
			}
		}
		if (opened > 0) {
			log.info("Opened the verification of {} commitment(s) whose due day can now be counted", opened);
		}
		return opened;
	}

}
