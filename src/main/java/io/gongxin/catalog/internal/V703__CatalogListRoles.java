package io.gongxin.catalog.internal;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Declares the list roles (名单名称, 认定依据, 移出日期) in every stored catalog version, the same
 * sanctioned way as V702: how a record is read changes, never which records are accepted.
 */
@Component
class V703__CatalogListRoles extends BaseJavaMigration {

	@Override
	public Integer getChecksum() {
		return java.util.Arrays.hashCode(CatalogJson.bytes(FieldRoleDeclarations.LIST_RESOURCE));
	}

	@Override
	public void migrate(Context context) throws SQLException {
		V702__CatalogFieldRoles.declareIn(context.getConnection());
	}

}
