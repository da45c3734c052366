package io.gongxin.catalog.internal;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Catalog versions stored before field roles were declared (published ones included) get
 * the declarations from V702, and stay frozen afterwards.
 */
@GongxinIntegrationTest
class FieldRoleMigrationIT {

	private static final String PENALTY_TYPE_ROLE = """
			SELECT f ->> 'role' FROM catalog_category c, jsonb_array_elements(c.definition -> 'fields') f
			WHERE c.version_id = ? AND c.code = 'XZCF' AND f ->> 'code' = 'CF_CFLB'""";

	private static final String PERSONAL = """
			SELECT (f ->> 'personal')::boolean FROM catalog_category c, jsonb_array_elements(c.definition -> 'fields') f
			WHERE c.version_id = ? AND c.code = 'XZCF' AND f ->> 'code' = 'CF_FR_ZJHM'""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void storedVersionsWithoutRolesGetThemAndStayFrozen() throws Exception {
		long version = this.jdbc.queryForObject(
				"SELECT id FROM catalog_version WHERE status = 'PUBLISHED' ORDER BY effective_from LIMIT 1",
				Long.class);
		// a version as stored before: no penalty-type role, no personal marks
		this.jdbc.execute("ALTER TABLE catalog_category DISABLE TRIGGER catalog_category_frozen");
		this.jdbc.update("""
				UPDATE catalog_category SET definition = jsonb_set(definition, '{fields}', (
				    SELECT jsonb_agg((f - 'personal') || CASE WHEN f ->> 'role' IN ('PENALTY_TYPE', 'FINE_AMOUNT',
				        'LEGAL_REPRESENTATIVE', 'CONTENT', 'LEGAL_REPRESENTATIVE_DOCUMENT_TYPE',
				        'LEGAL_REPRESENTATIVE_DOCUMENT_NUMBER') THEN '{"role": null}'::jsonb ELSE '{}'::jsonb END
				        ORDER BY ord)
				    FROM jsonb_array_elements(definition -> 'fields') WITH ORDINALITY AS e(f, ord)))
				WHERE version_id = ? AND code = 'XZCF'""", version);
		this.jdbc.execute("ALTER TABLE catalog_category ENABLE TRIGGER catalog_category_frozen");
		assertThat(this.jdbc.queryForObject(PENALTY_TYPE_ROLE, String.class, version)).isNull();
		assertThat(this.jdbc.queryForObject(PERSONAL, Boolean.class, version)).isNull();

		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			new V702__CatalogFieldRoles().migrate(context(connection));
			connection.commit();
		}

		assertThat(this.jdbc.queryForObject(PENALTY_TYPE_ROLE, String.class, version)).isEqualTo("PENALTY_TYPE");
		assertThat(this.jdbc.queryForObject(PERSONAL, Boolean.class, version)).isTrue();
		assertThatThrownBy(() -> this.jdbc.update(
				"UPDATE catalog_category SET definition = definition WHERE version_id = ? AND code = 'XZCF'", version))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("published and cannot change");
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
