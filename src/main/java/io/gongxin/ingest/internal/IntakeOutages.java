package io.gongxin.ingest.internal;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The intake's side of a database outage. A batch is never blamed for it: its processing
 * waits for the database and goes on. A caller who could not wait was answered 503, so
 * the batch it sent is failed as soon as the database is back, with that reason on its
 * receipt, and never applied after the answer.
 */
@Component
class IntakeOutages {

	private static final Logger log = LoggerFactory.getLogger(IntakeOutages.class);

	static final String ABANDONED = "GX-ING-014";

	private static final Duration POLL = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final BatchStore batches;

	private final Set<UUID> toFail = ConcurrentHashMap.newKeySet();

	IntakeOutages(JdbcClient jdbc, BatchStore batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Waits until the database answers again; false when patience ran out first. */
	boolean awaitDatabase(Duration patience) {
		// a span of waiting, not a time of day: the monotonic timer, which neither a
		// wall-clock jump nor a test's settable Clock moves
		long deadline = System.nanoTime() + patience.toNanos();
		while (!answers()) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** The batch's caller was answered 503: the batch ends failed, never applied. */
	void failWhenBack(UUID batchId) {
		this.toFail.add(batchId);
	}

	@Scheduled(fixedDelayString = "PT5S")
	void failAbandoned() {
		if (this.toFail.isEmpty() || !answers()) {
			return;
		}
		for (UUID id : this.toFail) {
			try {
				int changed = this.batches.failUnfinished(id, ABANDONED, "处理期间数据库中断，报送方已收到“暂时不可用”答复，批次未入库，请重新报送");
				log.warn("Batch {} failed after a database outage its caller was told of ({} changed)", id, changed);
				this.toFail.remove(id);
			}
			catch (RuntimeException ex) {
				log.debug("Batch {} cannot be failed yet: {}", id, ex.toString());
			}
		}
	}

	private boolean answers() {
		try {
			return this.jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
