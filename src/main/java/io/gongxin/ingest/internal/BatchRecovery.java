package io.gongxin.ingest.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.SystemActor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a crash or a hard stop, batches that were received or being processed are
 * processed again from their spooled originals; their earlier partial work was rolled
 * back with the transaction that died.
 */
@Component
class BatchRecovery {

	private static final Logger log = LoggerFactory.getLogger(BatchRecovery.class);

	private final IntakeDesk desk;

	BatchRecovery(IntakeDesk desk) {
		this.desk = desk;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		SystemActor.runAs("ingest-recovery", () -> {
			for (UUID id : this.desk.unfinished()) {
				log.info("Resuming batch {} left unfinished", id);
				this.desk.processLater(id);
			}
		});
	}

}
