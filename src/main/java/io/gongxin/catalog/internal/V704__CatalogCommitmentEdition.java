package io.gongxin.catalog.internal;

import java.sql.SQLException;
import java.time.Clock;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads the edition of December 2026 ({@code catalog/editions-2026-12.json}): 信用承诺 gets
 * 承诺书编号 and its 核查 dates, and 违背信用承诺信息 becomes a category. Its own checksum covers its
 * own files, so V701's stays what existing databases recorded. Databases migrated past
 * V7xx before this existed run it out of order ({@code spring.flyway.out-of-order}).
 */
@Component
class V704__CatalogCommitmentEdition extends BaseJavaMigration {

	private final EditionSeeder seeder;

	V704__CatalogCommitmentEdition(Clock clock) {
		this.seeder = new EditionSeeder(clock);
	}

	@Override
	public Integer getChecksum() {
		return CatalogSeed.checksum(CatalogSeed.EDITIONS_2026_12);
	}

	@Override
	public void migrate(Context context) throws SQLException {
		this.seeder.seed(context.getConnection(), CatalogSeed.editions(CatalogSeed.EDITIONS_2026_12));
	}

}
