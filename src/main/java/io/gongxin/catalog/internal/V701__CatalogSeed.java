package io.gongxin.catalog.internal;

import java.sql.SQLException;
import java.time.Clock;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads the reviewed catalog editions on first start. It is a migration, not a start-up
 * runner, because the catalog is reference data every database needs (tests included),
 * and Flyway remembers that it ran. Existing labels are skipped, so it is idempotent even
 * when re-run by a repair. A later edition is added by a new {@code V7xx} migration
 * (V704), because this one's checksum covers its files and must never change.
 */
@Component
class V701__CatalogSeed extends BaseJavaMigration {

	private final EditionSeeder seeder;

	V701__CatalogSeed(Clock clock) {
		this.seeder = new EditionSeeder(clock);
	}

	@Override
	public Integer getChecksum() {
		return CatalogSeed.checksum();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		this.seeder.seed(context.getConnection(), CatalogSeed.editions());
	}

}
