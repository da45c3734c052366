package io.gongxin.measures.internal;

import java.time.Clock;

import io.gongxin.remedy.BankruptcyPlanApproved;
import io.gongxin.remedy.BankruptcyPlanEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A court-approved reorganisation plan or settlement suspends the enterprise's punishment
 * measures while it is executed (国办发〔2025〕22号: 暂停实施失信惩戒措施); its end lifts the suspension.
 * Credit checks meanwhile name the measures as suspended, with the ruling.
 */
@Component
class BankruptcyListener {

	private final SuspensionStore suspensions;

	private final Clock clock;

	BankruptcyListener(SuspensionStore suspensions, Clock clock) {
		this.suspensions = suspensions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BankruptcyPlanApproved event) {
		this.suspensions.begin(event.subjectId(), "bankruptcy:" + event.planId(),
				event.description() + "，计划执行期间失信惩戒措施暂停实施", this.clock.instant());
	}

	@ApplicationModuleListener
	void on(BankruptcyPlanEnded event) {
		this.suspensions.end("bankruptcy:" + event.planId(), this.clock.instant());
	}

}
