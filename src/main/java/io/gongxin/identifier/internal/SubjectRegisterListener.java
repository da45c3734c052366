package io.gongxin.identifier.internal;

import io.gongxin.subject.SubjectKeyCorrected;
import io.gongxin.subject.SubjectsRegistered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds 重错码 governance from the subject register, which owns the codes: every
 * organisation it registers and every code it corrects.
 */
@Component
class SubjectRegisterListener {

	private final GovernanceProjection projection;

	SubjectRegisterListener(GovernanceProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener
	void on(SubjectsRegistered event) {
		this.projection.registered(event);
	}

	@ApplicationModuleListener
	void on(SubjectKeyCorrected event) {
		this.projection.corrected(event);
	}

}
