package io.gongxin.subject.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the derived search columns (substring, pinyin, initials) of subjects that a large
 * intake registered without them. Runs every few seconds and works in short transactions
 * of a few thousand subjects, so search catches up soon after a batch commits without
 * holding the batch up. Nothing is lost if it stops: the pending subjects are found again
 * by their empty column.
 */
@Component
public class NameIndexer {

	private static final Logger log = LoggerFactory.getLogger(NameIndexer.class);

	static final int SLICE = 5_000;

	static final Duration RUN_BUDGET = Duration.ofSeconds(5);

	private final SubjectStore store;

	private final TransactionTemplate transaction;

	NameIndexer(SubjectStore store, PlatformTransactionManager transactions) {
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${gongxin.subject.name-index.interval:PT3S}",
			fixedDelayString = "${gongxin.subject.name-index.interval:PT3S}")
	void run() {
		// bounded, so that a million pending names do not hold up the other scheduled
		// jobs, which share one scheduler thread; the next run goes on where this one
		// stopped
		int indexed = indexPending(RUN_BUDGET);
		if (indexed > 0) {
			log.info("Indexed the names of {} subjects registered in bulk", indexed);
		}
	}

	/** Indexes every pending subject, slice by slice; returns how many. */
	public int indexPending() {
		return indexPending(null);
	}

	private synchronized int indexPending(Duration budget) {
		long deadline = (budget != null) ? System.nanoTime() + budget.toNanos() : Long.MAX_VALUE;
		int total = 0;
		while (true) {
			Integer done = this.transaction.execute(status -> {
				List<SubjectStore.Unindexed> slice = this.store.unindexed(SLICE);
				this.store.writeNameIndex(slice);
				return slice.size();
			});
			total += done;
			if (done < SLICE || System.nanoTime() > deadline) {
				return total;
			}
		}
	}

}
