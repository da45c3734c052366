package io.gongxin.support;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The integration tests' database connections are pooled, as in production. */
@GongxinIntegrationTest
class PooledTestDatabaseIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void consecutiveQueriesReuseTheServerConnection() {
		assertThat(this.dataSource).as(this.dataSource.getClass().getName())
			.isInstanceOf(PooledTestDatabase.Pool.class);
		Integer first = this.jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		Integer second = this.jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		assertThat(second).isEqualTo(first);
	}

}
