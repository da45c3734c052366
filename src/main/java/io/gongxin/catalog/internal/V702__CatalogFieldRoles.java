package io.gongxin.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.gongxin.catalog.CategoryDefinition;

import org.springframework.stereotype.Component;

/**
 * Declares field roles and personal-data marks ({@link FieldRoleDeclarations}) in every
 * stored catalog version, published ones included. Published versions are otherwise
 * frozen; this is the one sanctioned exception, because roles and personal marks say how
 * a record is read and shown, not which records are accepted: no field, type, code list
 * or requirement changes, so every stored record stays valid against its version. The
 * freeze triggers are disabled only inside this migration's transaction.
 */
@Component
class V702__CatalogFieldRoles extends BaseJavaMigration {

	@Override
	public Integer getChecksum() {
		return java.util.Arrays.hashCode(CatalogJson.bytes(FieldRoleDeclarations.RESOURCE));
	}

	@Override
	public void migrate(Context context) throws SQLException {
		declareIn(context.getConnection());
	}

	/** Applies the shipped declarations to every stored category that differs. */
	static void declareIn(Connection connection) throws SQLException {
		FieldRoleDeclarations declarations = FieldRoleDeclarations.shipped();
		List<Object[]> changed = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT version_id, code, definition::text FROM catalog_category")) {
			while (rs.next()) {
				CategoryDefinition stored = CatalogJson.category(rs.getString(3));
				CategoryDefinition declared = declarations.apply(stored);
				if (!declared.equals(stored)) {
					changed.add(new Object[] { rs.getLong(1), rs.getString(2), CatalogJson.write(declared) });
				}
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE catalog_category DISABLE TRIGGER catalog_category_frozen");
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE catalog_category SET definition = ?::jsonb WHERE version_id = ? AND code = ?")) {
			for (Object[] row : changed) {
				update.setString(1, (String) row[2]);
				update.setLong(2, (Long) row[0]);
				update.setString(3, (String) row[1]);
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE catalog_category ENABLE TRIGGER catalog_category_frozen");
		}
	}

}
