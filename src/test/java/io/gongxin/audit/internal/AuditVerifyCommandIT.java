package io.gongxin.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's {@code verify-audit} command: its verdict in Chinese and its exit code.
 * (That it starts without a web server is what the README's command line needs; the
 * security filter chain is a web-only bean for that reason.)
 */
@GongxinIntegrationTest
class AuditVerifyCommandIT {

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void reportsAnIntactChainWithExitCodeZeroAndABrokenOneWithThree() {
		SystemActor.runAs("test", () -> {
			for (int i = 0; i < 3; i++) {
				this.audit.record(AuditEntry.change("test.verify-command", "probe", "p" + i));
			}
		});
		AuditVerifyCommand command = new AuditVerifyCommand(this.audit, this.context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(command.report(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("审计链完整");

		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			this.jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE target_id = 'p1'").update();
			this.jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		});
		out.reset();
		assertThat(command.report(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(3);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("审计链已被破坏");
	}

}
