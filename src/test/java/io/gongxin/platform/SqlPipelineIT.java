package io.gongxin.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GongxinIntegrationTest
class SqlPipelineIT {

	@Autowired
	SqlPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private static PipelinedSql<List<Long>> numbers(String sql, Map<String, ?> parameters) {
		return PipelinedSql.query(sql, parameters, rs -> {
			List<Long> found = new ArrayList<>();
			while (rs.next()) {
				found.add(rs.getLong(1));
			}
			return found;
		});
	}

	@Test
	void statementsRunInOrderAndEachSeesWhatTheOnesBeforeItDid() {
		this.jdbc.sql("CREATE TABLE pipeline_probe_order (id BIGINT PRIMARY KEY, at TIMESTAMPTZ NOT NULL)").update();
		Instant at = Instant.parse("2026-12-05T08:00:00.123456Z");
		var setting = PipelinedSql.command("SET LOCAL plan_cache_mode = force_generic_plan");
		var mode = PipelinedSql.query("SELECT current_setting('plan_cache_mode')", Map.of(),
				rs -> rs.next() ? rs.getString(1) : null);
		var inserted = numbers("""
				INSERT INTO pipeline_probe_order (id, at) SELECT id, :at FROM unnest(CAST(:ids AS bigint[])) AS t (id)
				RETURNING id
				""", Map.of("ids", new Long[] { 7L, 8L }, "at", Timestamp.from(at)));
		var seen = numbers("SELECT id FROM pipeline_probe_order WHERE at = :at AND id >= :low ORDER BY id",
				Map.of("at", Timestamp.from(at), "low", 8L));
		var answers = this.transactions.execute(status -> this.pipeline.all(List.of(setting, mode, inserted, seen)));
		assertThat(answers.of(mode)).isEqualTo("force_generic_plan");
		assertThat(answers.of(inserted)).containsExactlyInAnyOrder(7L, 8L);
		assertThat(answers.of(seen)).containsExactly(8L);
		assertThat(answers.of(setting)).isNull();
		// SET LOCAL ended with the transaction
		assertThat(this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single())
			.isEqualTo("auto");
	}

	@Test
	void aParameterNamedTwiceIsBoundTwiceANullIsBoundAndAMissingOneIsRefused() {
		var twice = numbers(
				"SELECT x FROM unnest(CAST(:xs AS bigint[])) AS x WHERE x >= :min AND x < :min + 2 ORDER BY x",
				Map.of("xs", new Long[] { 1L, 2L, 3L, 4L }, "min", 2L));
		var withNull = PipelinedSql.query("SELECT CAST(:nothing AS text) IS NULL", nullParameter(),
				rs -> rs.next() && rs.getBoolean(1));
		var answers = this.pipeline.all(List.of(twice, withNull));
		assertThat(answers.of(twice)).containsExactly(2L, 3L);
		assertThat(answers.of(withNull)).isTrue();
		assertThatThrownBy(() -> this.pipeline.one(numbers("SELECT CAST(:missing AS bigint)")))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("missing");
	}

	private static Map<String, ?> nullParameter() {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("nothing", null);
		return parameters;
	}

	@Test
	void whatIsKnownNeedsNoStatementAndWhatFollowsARowReadRunsAfterTheTrip() {
		var known = PipelinedSql.known(List.of(1L));
		var counted = numbers("SELECT 41").then(rows -> rows.get(0) + 1);
		var answers = this.pipeline.all(List.of(known, counted));
		assertThat(answers.of(known)).containsExactly(1L);
		assertThat(answers.of(counted)).isEqualTo(42L);
		assertThat(this.pipeline.one(PipelinedSql.known("无需查询"))).isEqualTo("无需查询");
		assertThatIllegalArgumentException().isThrownBy(() -> answers.of(PipelinedSql.known(0)));
	}

	private static PipelinedSql<List<Long>> numbers(String sql) {
		return numbers(sql, Map.of());
	}

	@Test
	void aFailingStatementFailsTheTripAndTheTransactionRollsBackWhatTheOthersDid() {
		this.jdbc.sql("CREATE TABLE pipeline_probe_failure (id BIGINT PRIMARY KEY)").update();
		var insert = numbers("INSERT INTO pipeline_probe_failure (id) VALUES (1) RETURNING id");
		var failing = numbers("SELECT 1 / (SELECT count(*) FROM pipeline_probe_failure WHERE id = 2)");
		assertThatThrownBy(
				() -> this.transactions.executeWithoutResult(status -> this.pipeline.all(List.of(insert, failing))))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("division by zero");
		assertThat(this.jdbc.sql("SELECT count(*) FROM pipeline_probe_failure").query(Long.class).single()).isZero();
	}

	@Test
	void aStatementIsOneStatement() {
		assertThatIllegalArgumentException().isThrownBy(() -> PipelinedSql.command("SELECT 1; SELECT 2"));
	}

}
