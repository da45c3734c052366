package io.gongxin.audit.internal;

import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnBooleanProperty(name = "gongxin.audit.sealing.enabled", matchIfMissing = true)
class AuditSealSchedule {

	private final AuditLog auditLog;

	AuditSealSchedule(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Scheduled(initialDelayString = "${gongxin.audit.sealing.interval:PT10M}",
			fixedDelayString = "${gongxin.audit.sealing.interval:PT10M}")
	void sealPeriodically() {
		SystemActor.runAs("audit-sealer", this.auditLog::seal);
	}

}
