package io.gongxin.quality.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.ingest.BatchCompleted;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily metric rows current: each completed batch adds its receipt's figures to
 * the row of its day (in the platform's time zone), provider and category.
 */
@Component
class MetricsListener {

	private final MetricsStore store;

	private final Providers providers;

	private final Clock clock;

	private final NoticeDesk notices;

	MetricsListener(MetricsStore store, Providers providers, Clock clock, NoticeDesk notices) {
		this.store = store;
		this.providers = providers;
		this.clock = clock;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(BatchCompleted batch) {
		LocalDate day = LocalDate.ofInstant(batch.completedAt(), this.clock.getZone());
		String region = this.providers.find(batch.providerCode())
			.map(Provider::divisionCode)
			.filter(code -> code != null)
			.orElse("000000");
		if (this.store.apply(batch, day, region)) {
			this.notices.checkTargets(batch.providerCode(), day);
		}
	}

}
