package io.gongxin.lists.internal;

import io.gongxin.ingest.RecordsAccepted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

@Component
class ListListener {

	private final ListIntake intake;

	ListListener(ListIntake intake) {
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(RecordsAccepted event) {
		this.intake.intake(event.batchId());
	}

}
