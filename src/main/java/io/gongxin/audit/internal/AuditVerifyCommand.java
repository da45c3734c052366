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
		int code = report(System.out);
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

	/** Verifies, prints the verdict for the operator and returns the exit code. */
	int report(java.io.PrintStream out) {
		ChainVerification result = this.auditLog.verify();
		if (result.intact()) {
			out.printf("审计链完整：已核验 %d 条审计事件、%d 个封存签名。%n", result.eventsChecked(), result.sealsChecked());
			return 0;
		}
		out.printf("审计链已被破坏：自第 %d 条审计事件起，%s%n", result.firstBrokenSeq(), result.reason());
		return 3;
	}

}
