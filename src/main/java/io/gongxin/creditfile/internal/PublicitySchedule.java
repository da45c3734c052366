package io.gongxin.creditfile.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends publicity by itself when it is due.
 */
@Component
@ConditionalOnProperty(name = "gongxin.creditfile.schedule.enabled", havingValue = "true", matchIfMissing = true)
class PublicitySchedule {

	private static final Logger log = LoggerFactory.getLogger(PublicitySchedule.class);

	private final CreditFiles creditFiles;

	PublicitySchedule(CreditFiles creditFiles) {
		this.creditFiles = creditFiles;
	}

	@Scheduled(initialDelayString = "${gongxin.creditfile.schedule.initial-delay:PT1M}",
			fixedDelayString = "${gongxin.creditfile.schedule.interval:PT1H}")
	void endDue() {
		int ended = SystemActor.callAs("creditfile", this.creditFiles::endDuePublicity);
		if (ended > 0) {
			log.info("Publicity ended for {} credit-file items", ended);
		}
	}

}
