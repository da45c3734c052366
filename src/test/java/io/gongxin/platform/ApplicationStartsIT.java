package io.gongxin.platform;

import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GongxinIntegrationTest
class ApplicationStartsIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesEveryModuleIntoARealPostgresql() {
		String version = this.jdbc.sql("SHOW server_version").query(String.class).single();
		assertThat(version).startsWith("18.");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(4);
	}

}
