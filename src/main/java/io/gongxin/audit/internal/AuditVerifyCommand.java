package io.gongxin.audit.internal;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.ChainVerification;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --gongxin.command=verify-audit}: verifies the chain, prints the verdict and
 * exits with 0 (intact) or 3 (broken), so operators can run it from cron or a monitoring
 * probe.
 */
@Component
@ConditionalOnProperty(name = "gongxin.command", havingValue = "verify-audit")
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditLog auditLog;

	private final ApplicationContext context;

	AuditVerifyCommand(AuditLog auditLog, ApplicationContext context) {
		this.auditLog = auditLog;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		ChainVerification result = this.auditLog.verify();
		if (result.intact()) {
			System.out.printf("Audit chain intact: %d events, %d seals verified.%n", result.eventsChecked(),
					result.sealsChecked());
		}
		else {
			System.out.printf("Audit chain BROKEN at event %d: %s%n", result.firstBrokenSeq(), result.reason());
		}
		int code = result.intact() ? 0 : 3;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
