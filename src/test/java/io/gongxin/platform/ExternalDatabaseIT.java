package io.gongxin.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.GongxinApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting {@code spring.datasource.url} switches the platform to an external PostgreSQL
 * with no code change: here a second, separately started server plays the external one,
 * and the platform must neither start its own embedded server nor write anything into its
 * data directory.
 */
class ExternalDatabaseIT {

	@Test
	void runsOnTheServerNamedByTheDatasourceUrl(@TempDir Path temp) throws Exception {
		Path unusedEmbeddedDir = temp.resolve("embedded-must-stay-empty");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = new SpringApplication(GongxinApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--gongxin.database.embedded.data-directory=" + unusedEmbeddedDir,
					"--gongxin.keys.directory=" + temp.resolve("keys"),
					"--gongxin.audit.witness-file=" + temp.resolve("witness.log"),
					"--gongxin.security.admin.password=external-admin-password",
					"--logging.file.name=" + temp.resolve("app.log"))) {
				assertThat(app.containsBean("embeddedServer")).isFalse();
				JdbcClient direct = JdbcClient.create(external.getPostgresDatabase());
				assertThat(direct.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
					.query(Integer.class)
					.single()).isGreaterThanOrEqualTo(4);
				assertThat(direct.sql("SELECT count(*) FROM security_user WHERE role = 'ADMIN'")
					.query(Integer.class)
					.single()).isEqualTo(1);
				// no demo data on an external server unless asked for
				assertThat(direct.sql("SELECT count(*) FROM platform_demo_load").query(Integer.class).single())
					.isZero();
			}
		}
		assertThat(Files.exists(unusedEmbeddedDir)).isFalse();
	}

}
