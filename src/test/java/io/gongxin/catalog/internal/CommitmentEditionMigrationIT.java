package io.gongxin.catalog.internal;

import java.sql.Connection;
import java.time.Clock;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V704 seeds the December 2026 edition next to V701's editions, under its own checksum,
 * and a re-run (a Flyway repair) stores nothing twice.
 */
@GongxinIntegrationTest
class CommitmentEditionMigrationIT {

	private static final String CHECKSUM = "SELECT checksum FROM flyway_schema_history WHERE version = ? AND success";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Test
	void recordsItsOwnChecksumAndLeavesTheFirstSeedsAsItWas() {
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class, "701")).isEqualTo(622468548);
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class, "704"))
			.isEqualTo(CatalogSeed.checksum(CatalogSeed.EDITIONS_2026_12));
		assertThat(this.jdbc.queryForList(
				"SELECT label FROM catalog_version WHERE created_by = ? AND status = 'PUBLISHED' ORDER BY effective_from",
				String.class, EditionSeeder.SEEDER))
			.containsExactly("CN-2024", "CN-2024-GD-2026", "CN-2024-GD-2026-12");
	}

	@Test
	void aSecondRunStoresNothing() throws Exception {
		long versions = count("SELECT count(*) FROM catalog_version");
		long categories = count("SELECT count(*) FROM catalog_category");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			new V704__CatalogCommitmentEdition(this.clock).migrate(context(connection));
			connection.commit();
		}
		assertThat(count("SELECT count(*) FROM catalog_version")).isEqualTo(versions);
		assertThat(count("SELECT count(*) FROM catalog_category")).isEqualTo(categories);
		assertThat(count("""
				SELECT count(*) FROM catalog_category c JOIN catalog_version v ON v.id = c.version_id
				WHERE v.label = 'CN-2024-GD-2026-12' AND c.code IN ('XYCN', 'WBCN')""")).isEqualTo(2);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

}
