package io.gongxin.catalog.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;

/**
 * Stores seed editions as published catalog versions, for the migrations that ship them
 * (V701, V704). An edition whose label is stored already is skipped, so a migration
 * re-run by a repair changes nothing.
 */
final class EditionSeeder {

	static final String SEEDER = "system:catalog-seed";

	private final Clock clock;

	EditionSeeder(Clock clock) {
		this.clock = clock;
	}

	void seed(Connection connection, List<CatalogSeed.Edition> editions) throws SQLException {
		for (CatalogSeed.Edition edition : editions) {
			if (exists(connection, edition.label())) {
				continue;
			}
			long id = insertDraft(connection, edition);
			insertContent(connection, id, edition.categories(), edition.codeLists());
			publish(connection, id, edition);
		}
	}

	private boolean exists(Connection connection, String label) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM catalog_version WHERE label = ?")) {
			select.setString(1, label);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next();
			}
		}
	}

	private long insertDraft(Connection connection, CatalogSeed.Edition edition) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO catalog_version (label, title, status, note, created_by, created_at)
				VALUES (?, ?, 'DRAFT', ?, ?, ?) RETURNING id
				""")) {
			insert.setString(1, edition.label());
			insert.setString(2, edition.title());
			insert.setString(3, edition.note());
			insert.setString(4, SEEDER);
			insert.setTimestamp(5, Timestamp.from(Instant.now(this.clock)));
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private void insertContent(Connection connection, long id, List<CategoryDefinition> categories,
			List<CodeList> codeLists) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO catalog_category (version_id, code, position, definition) VALUES (?, ?, ?, ?::jsonb)")) {
			int position = 0;
			for (CategoryDefinition category : categories) {
				insert.setLong(1, id);
				insert.setString(2, category.code());
				insert.setInt(3, position++);
				insert.setString(4, CatalogJson.write(category));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO catalog_code_list (version_id, code, definition) VALUES (?, ?, ?::jsonb)")) {
			for (CodeList codeList : codeLists) {
				insert.setLong(1, id);
				insert.setString(2, codeList.code());
				insert.setString(3, CatalogJson.write(codeList));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void publish(Connection connection, long id, CatalogSeed.Edition edition) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("""
				UPDATE catalog_version SET status = 'PUBLISHED', effective_from = ?, published_by = ?, published_at = ?
				WHERE id = ?
				""")) {
			update.setDate(1, Date.valueOf(edition.effectiveFrom()));
			update.setString(2, SEEDER);
			update.setTimestamp(3, Timestamp.from(Instant.now(this.clock)));
			update.setLong(4, id);
			update.executeUpdate();
		}
	}

}
