package io.gongxin.creditfile.internal;

import io.gongxin.ingest.RecordsAccepted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

@Component
class CreditFileListener {

	private final CreditFileProjection projection;

	CreditFileListener(CreditFileProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener
	void on(RecordsAccepted event) {
		this.projection.projectBatch(event.batchId());
	}

}
