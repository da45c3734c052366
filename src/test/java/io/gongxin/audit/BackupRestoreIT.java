package io.gongxin.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

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
 * The same for a logical dump restored into a fresh instance.
 */
class BackupRestoreIT {

	private final List<Path> made = new java.util.ArrayList<>();

	@Test
	void aColdCopyOfTheDataDirectoryRestoresIntoAFreshInstanceWithTheAuditChainIntact() throws Exception {
		Path original = temp("gongxin-original");
		long events;
		try (ConfigurableApplicationContext platform = start(original)) {
			events = changeAndSeal(platform);
			assertThat(platform.getBean(AuditSealing.class).verify().intact()).isTrue();
		}

		Path restored = temp("gongxin-restored");
		copy(original, restored, List.of("pg", "keys", "audit"));

		assertRestored(restored, events);
	}

	/**
	 * The external-database procedure: a logical dump taken while the platform runs,
	 * restored into a fresh instance with the keys and the witness file. The embedded
	 * server ships no {@code pg_dump}, so the test takes what pg_dump's data section
	 * holds (every table in PostgreSQL's COPY format, in one snapshot, and the sequences)
	 * and lets the fresh instance's migrations make the schema.
	 */
	@Test
	void aLogicalDumpRestoresIntoAFreshInstanceWithTheAuditChainIntact() throws Exception {
		Path original = temp("gongxin-dumped");
		long events;
		Dump dump;
		try (ConfigurableApplicationContext platform = start(original)) {
			events = changeAndSeal(platform);
			dump = Dump.of(platform.getBean(DataSource.class));
		}
		assertThat(dump.tables()).containsKeys("audit_event", "audit_seal", "security_user");

		// a fresh instance makes its schema at its first start; the dump goes in while
		// the
		// platform is stopped, into its database alone
		Path fresh = temp("gongxin-fresh");
		start(fresh).close();
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(fresh.resolve("pg"))
			.setCleanDataDirectory(false)
			.start()) {
			dump.restoreInto(server.getPostgresDatabase());
		}
		// the keys and the witness go with the dump, as the README says
		for (String part : List.of("keys", "audit")) {
			deleteTree(fresh.resolve(part));
		}
		copy(original, fresh, List.of("keys", "audit"));

		assertRestored(fresh, events);
	}

	/** Audited changes to back up, sealed; returns the audit events on record. */
	private static long changeAndSeal(ConfigurableApplicationContext platform) {
		Accounts accounts = platform.getBean(Accounts.class);
		for (int i = 1; i <= 3; i++) {
			String name = "backup.officer" + i;
			SystemActor.runAs("backup-test",
					() -> accounts.createUser(name, "备份测试" + name, "backup-password-1234", Role.OFFICER, null));
		}
		platform.getBean(AuditSealing.class).seal();
		return auditEvents(platform);
	}

	/**
	 * A platform started on the restored home finds the chain intact end to end, seals
	 * included, with the changes made before the backup, and carries the chain on.
	 */
	private static void assertRestored(Path home, long events) {
		try (ConfigurableApplicationContext platform = start(home)) {
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

	/**
	 * Every table's rows in COPY's binary format, and the sequences, from one snapshot.
	 */
	record Dump(Map<String, byte[]> tables, Map<String, Long> sequences) {

		static Dump of(DataSource source) throws Exception {
			Map<String, byte[]> tables = new LinkedHashMap<>();
			Map<String, Long> sequences = new LinkedHashMap<>();
			try (Connection connection = source.getConnection()) {
				connection.setAutoCommit(false);
				connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (String table : names(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
						+ "AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
					ByteArrayOutputStream rows = new ByteArrayOutputStream();
					copy.copyOut("COPY public.\"" + table + "\" TO STDOUT (FORMAT binary)", rows);
					tables.put(table, rows.toByteArray());
				}
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT sequencename, last_value FROM pg_sequences "
								+ "WHERE schemaname = 'public' AND last_value IS NOT NULL")) {
					while (rs.next()) {
						sequences.put(rs.getString(1), rs.getLong(2));
					}
				}
				connection.commit();
			}
			return new Dump(tables, sequences);
		}

		/** Replaces what the fresh instance wrote at its first start with the dump. */
		void restoreInto(DataSource target) throws Exception {
			try (Connection connection = target.getConnection()) {
				connection.setAutoCommit(false);
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				try (Statement statement = connection.createStatement()) {
					// rows arrive table by table: foreign keys and triggers wait for the
					// end
					statement.execute("SET LOCAL session_replication_role = replica");
					statement.execute("TRUNCATE " + String.join(", ",
							this.tables.keySet().stream().map(name -> "public.\"" + name + "\"").toList()));
				}
				for (Map.Entry<String, byte[]> table : this.tables.entrySet()) {
					copy.copyIn("COPY public.\"" + table.getKey() + "\" FROM STDIN (FORMAT binary)",
							new ByteArrayInputStream(table.getValue()));
				}
				try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?, ?)")) {
					for (Map.Entry<String, Long> sequence : this.sequences.entrySet()) {
						setval.setString(1, "public." + sequence.getKey());
						setval.setLong(2, sequence.getValue());
						setval.execute();
					}
				}
				connection.commit();
			}
		}

		private static List<String> names(Connection connection, String sql) throws Exception {
			List<String> names = new java.util.ArrayList<>();
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			return names;
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
	private static void copy(Path from, Path to, List<String> parts) throws IOException {
		for (String part : parts) {
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
			deleteTree(dir);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
