package io.gongxin.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.GongxinApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run: the platform starts its own PostgreSQL in a durable data directory
 * with fsync on, loads the demo data once, and finds everything again after a restart.
 */
class EmbeddedDatabaseDurabilityIT {

	@Test
	void dataSurvivesARestartAndDemoDataLoadsOnce(@TempDir Path temp) {
		String[] args = { "--server.port=0", "--gongxin.database.embedded.data-directory=" + temp.resolve("pg"),
				"--gongxin.keys.directory=" + temp.resolve("keys"),
				"--gongxin.audit.witness-file=" + temp.resolve("witness.log"),
				"--logging.file.name=" + temp.resolve("app.log"),
				"--gongxin.security.admin.password=durable-admin-password",
				"--gongxin.demo.password=durable-demo-password",
				"--gongxin.database.embedded.settings.shared-buffers=48MB",
				"--gongxin.database.embedded.settings.effective-io-concurrency=7" };
		long auditEvents;
		try (ConfigurableApplicationContext first = new SpringApplication(GongxinApplication.class).run(args)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT current_setting('fsync')").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single())
				.isEqualTo("on");
			// an operator's tuning reaches the server, named in kebab case
			assertThat(jdbc.sql("SELECT current_setting('shared_buffers')").query(String.class).single())
				.isEqualTo("48MB");
			assertThat(jdbc.sql("SELECT current_setting('effective_io_concurrency')").query(String.class).single())
				.isEqualTo("7");
			assertThat(jdbc.sql("SELECT count(*) FROM provider").query(Integer.class).single()).isPositive();
			// the demo enterprise user (法人用户) is bound to a demo company in the register
			String uscc = jdbc.sql("SELECT uscc FROM security_user WHERE role = 'ENTERPRISE'")
				.query(String.class)
				.single();
			assertThat(first.getBean(io.gongxin.subject.Subjects.class)
				.findByKey(io.gongxin.subject.SubjectKey.uscc(uscc))).isPresent();
			// the credit office's desk has a demo objection and repair application to
			// handle
			assertThat(jdbc.sql("SELECT count(*) FROM remedy_objection WHERE state = 'FILED'")
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(
					jdbc.sql("SELECT count(*) FROM remedy_repair WHERE state = 'FILED'").query(Integer.class).single())
				.isEqualTo(1);
			// three published templates, four commitments: one kept, one broken (filed as
			// 违背信用承诺信息), one past its verification deadline
			assertThat(jdbc.sql("SELECT count(*) FROM commitment_template_version WHERE status = 'PUBLISHED'")
				.query(Integer.class)
				.single()).isEqualTo(3);
			assertThat(jdbc.sql("SELECT count(*) FROM commitment").query(Integer.class).single()).isEqualTo(4);
			assertThat(jdbc
				.sql("SELECT count(*) FROM commitment_outcome WHERE outcome = 'BROKEN' AND record_id IS NOT NULL")
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(first.getBean(io.gongxin.commitment.Commitments.class).overdue(null, 10)).hasSize(1);
			auditEvents = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
			assertThat(auditEvents).isPositive();
		}
		try (ConfigurableApplicationContext second = new SpringApplication(GongxinApplication.class).run(args)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(auditEvents);
			assertThat(
					jdbc.sql("SELECT count(*) FROM security_user WHERE role = 'ADMIN'").query(Integer.class).single())
				.isEqualTo(1);
			assertThat(second.getBean(io.gongxin.audit.AuditLog.class).verify().intact()).isTrue();
		}
	}

}
