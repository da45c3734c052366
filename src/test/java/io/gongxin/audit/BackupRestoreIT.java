package io.gongxin.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.gongxin.GongxinApplication;
import io.gongxin.audit.internal.AuditSealing;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup procedure of the README for the embedded database, done for real: the
 * platform runs on a data directory of its own and writes audited changes; it is stopped;
 * its data directory, keys and audit witness are copied; a second platform started on the
 * copy finds the audit chain intact end to end, seals included, and carries the chain on.
 */
class BackupRestoreIT {

	private final List<Path> made = new java.util.ArrayList<>();

	@Test
	void aColdCopyOfTheDataDirectoryRestoresIntoAFreshInstanceWithTheAuditChainIntact() throws Exception {
		Path original = temp("gongxin-original");
		long events;
		try (ConfigurableApplicationContext platform = start(original)) {
			Accounts accounts = platform.getBean(Accounts.class);
			for (int i = 1; i <= 3; i++) {
				String name = "backup.officer" + i;
				SystemActor.runAs("backup-test",
						() -> accounts.createUser(name, "备份测试" + name, "backup-password-1234", Role.OFFICER, null));
			}
			platform.getBean(AuditSealing.class).seal();
			events = auditEvents(platform);
			assertThat(platform.getBean(AuditSealing.class).verify().intact()).isTrue();
		}

		Path restored = temp("gongxin-restored");
		copy(original, restored);

		try (ConfigurableApplicationContext platform = start(restored)) {
			ChainVerification verification = platform.getBean(AuditSealing.class).verify();
			assertThat(verification.intact()).as(verification.toString()).isTrue();
			assertThat(verification.eventsChecked()).isEqualTo(events);
			assertThat(verification.sealsChecked()).isPositive();
			assertThat(platform.getBean(JdbcClient.class)
				.sql("SELECT count(*) FROM security_user WHERE username LIKE 'backup.officer%'")
				.query(Long.class)
				.single()).isEqualTo(3);

			Accounts accounts = platform.getBean(Accounts.class);
			SystemActor.runAs("backup-test",
					() -> accounts.createUser("backup.after", "恢复后新建", "backup-password-1234", Role.REVIEWER, null));
			assertThat(platform.getBean(AuditSealing.class).verify().intact()).isTrue();
			assertThat(auditEvents(platform)).isGreaterThan(events);
		}
	}

	private static ConfigurableApplicationContext start(Path home) {
		return new SpringApplication(GongxinApplication.class).run("--server.port=0",
				"--gongxin.database.embedded.data-directory=" + home.resolve("pg"),
				"--gongxin.keys.directory=" + home.resolve("keys"),
				"--gongxin.audit.witness-file=" + home.resolve("audit/witness.log"),
				"--gongxin.ingest.spool-directory=" + home.resolve("spool"), "--gongxin.demo.enabled=false",
				"--gongxin.security.admin.password=backup-admin-password", "--logging.level.root=WARN");
	}

	private static long auditEvents(ConfigurableApplicationContext platform) {
		return platform.getBean(JdbcClient.class).sql("SELECT count(*) FROM audit_event").query(Long.class).single();
	}

	private Path temp(String prefix) throws IOException {
		Path dir = Files.createTempDirectory(prefix);
		this.made.add(dir);
		return dir;
	}

	/** What the README says to copy while the platform is stopped. */
	private static void copy(Path from, Path to) throws IOException {
		for (String part : List.of("pg", "keys", "audit")) {
			Path source = from.resolve(part);
			try (Stream<Path> paths = Files.walk(source)) {
				for (Path path : paths.toList()) {
					Path target = to.resolve(part).resolve(source.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(target);
						// as cp -a would: PostgreSQL refuses a data directory others can
						// read
						Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(path));
					}
					else {
						Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
	}

	@AfterEach
	void removeCopies() throws IOException {
		for (Path dir : this.made) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

}
