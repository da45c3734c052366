package io.gongxin.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GongxinIntegrationTest
class BulkCopyIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyValueRoundTripsAsWrittenIncludingEscapesAndAlternatingTimestamps() {
		this.jdbc.sql("""
				CREATE TABLE bulk_copy_probe (n INT, text TEXT, at TIMESTAMPTZ, day DATE, yes BOOLEAN, tags TEXT[])
				""").update();
		Instant first = Instant.parse("2026-11-25T08:00:00Z");
		Instant second = Instant.parse("2026-11-25T08:00:00.123456Z");
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			BulkCopy copy = BulkCopy.into(this.dataSource, "bulk_copy_probe", "n", "text", "at", "day", "yes", "tags");
			copy.row(1, "制表符\t反斜杠\\ 换行\n回车\r", first, LocalDate.of(2026, 1, 2), true, List.of("a,b", "{c}"));
			copy.row(2, null, second, null, false, List.of("引号\"", "\\"));
			copy.row(3, "", first, null, null, List.of());
			copy.row(4, "\\N", Timestamp.from(second), null, null, null);
			assertThat(copy.finish()).isEqualTo(4);
		});
		List<Map<String, Object>> rows = this.jdbc.sql(
				"SELECT n, text, at, day, yes, array_to_string(tags, '|', 'NULL') AS tags FROM bulk_copy_probe ORDER BY n")
			.query()
			.listOfRows();
		assertThat(rows).extracting(row -> row.get("text")).containsExactly("制表符\t反斜杠\\ 换行\n回车\r", null, "", "\\N");
		assertThat(rows).extracting(row -> ((Timestamp) row.get("at")).toInstant())
			.containsExactly(first, second, first, second);
		assertThat(rows).extracting(row -> row.get("yes")).containsExactly(true, false, null, null);
		assertThat(rows).extracting(row -> row.get("tags")).containsExactly("a,b|{c}", "引号\"|\\", "", null);
		assertThat(rows.get(0).get("day").toString()).isEqualTo("2026-01-02");
	}

	@Test
	void aNulCharacterIsRefusedAndTheTransactionLeavesNothing() {
		this.jdbc.sql("CREATE TABLE bulk_copy_nul (text TEXT)").update();
		assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			BulkCopy copy = BulkCopy.into(this.dataSource, "bulk_copy_nul", "text");
			copy.row("fine");
			copy.row("bad\0value");
			copy.finish();
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM bulk_copy_nul").query(Long.class).single()).isZero();
	}

}
