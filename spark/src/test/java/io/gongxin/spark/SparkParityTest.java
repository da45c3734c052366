package io.gongxin.spark;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.ModelSql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One definition, two engines: every model's SQL from {@link ModelSql} gives the same
 * rows on the platform's PostgreSQL and on Spark over the same tables (a sample from the
 * platform's bench generator plus hand-made edges), and the Spark runner's grades land in
 * {@code evaluation_result} as the platform's batch would write them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkParityTest {

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	// hand-made subjects above the generated ids
	static final long WINDOW_EDGE = 100_001;

	static final long SEVERE = 100_002;

	static final long NO_EVIDENCE = 100_003;

	static final long INDIVIDUAL = 100_004;

	static final long INACTIVE = 100_005;

	static final long UNKNOWN_AGE = 100_006;

	static final long SOCIAL = 100_007;

	static final long ALMOST_FIVE_YEARS = 100_008;

	static final long EXEMPLARY = 100_009;

	// the write-back test changes these two, and no other test reads them by id
	static final long LISTED_LATER = 100_010;

	static final long DEREGISTERED_LATER = 100_011;

	EvaluationDatabase database;

	SparkSession spark;

	Map<String, EvaluationModel> models;

	@TempDir
	Path temp;

	@BeforeAll
	void start() throws Exception {
		this.database = EvaluationDatabase.start(Map.of("fsync", "off", "synchronous_commit", "off"));
		this.database.generate(3_000, 15_000);
		edges();
		this.spark = SparkEvaluation.session("local[2]");
		this.spark.conf().set("spark.sql.shuffle.partitions", "4");
		this.models = ModelDefinitions.published(this.database.jdbc(), List.of())
			.stream()
			.collect(Collectors.toMap(EvaluationModel::code, Function.identity()));
	}

	@AfterAll
	void stop() throws Exception {
		if (this.spark != null) {
			this.spark.stop();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "COMPOSITE", "GGZYJY" })
	void scoringGivesTheSameRowsOnBothEngines(String code) throws Exception {
		EvaluationModel model = this.models.get(code);
		List<List<Object>> postgres = postgresScoring(model);
		List<List<Object>> spark = sparkScoring(model);

		assertThat(spark).hasSameSizeAs(postgres).isEqualTo(postgres);
		// the sample reaches every grade and both sides of the veto, so the equality
		// covers every branch of the SQL
		assertThat(postgres.stream().map(row -> row.get(4)).distinct()).containsExactlyInAnyOrder("A", "B", "C", "D");
		assertThat(postgres.stream().filter(row -> (Long) row.get(3) > 0)).isNotEmpty();
		assertThat(postgres).hasSizeGreaterThan(2_000);
	}

	@Test
	void theEdgesAreGradedAsTheRulesSay() throws Exception {
		Map<Long, List<Object>> composite = bySubject(sparkScoring(this.models.get("COMPOSITE")));
		Map<Long, List<Object>> sector = bySubject(sparkScoring(this.models.get("GGZYJY")));

		// 行政执法 from 20: the serious penalty on the window's first day (-10) and the one
		// of no tier (-4) count, the one the day before the window does not
		assertThat(points(composite, WINDOW_EDGE).get(0)).isEqualTo(6L);
		// 合同履约 from 3: the record of the evaluation day counts, the one after it does not
		assertThat(points(composite, WINDOW_EDGE).get(3)).isEqualTo(4L);
		// 成立年限: five years to the day, a day short of five years, unknown
		assertThat(points(composite, WINDOW_EDGE).get(14)).isEqualTo(4L);
		assertThat(points(composite, ALMOST_FIVE_YEARS).get(14)).isEqualTo(3L);
		assertThat(points(composite, UNKNOWN_AGE).get(14)).isEqualTo(0L);
		// the veto caps a high score at D under both models
		assertThat(composite.get(SEVERE)).containsSubsequence(4L, "D");
		assertThat((Long) composite.get(SEVERE).get(2)).isGreaterThanOrEqualTo(80L);
		assertThat(sector.get(SEVERE)).containsSubsequence(4L, "D");
		// no evidence: the indicators' starting points and the age (76 + 4)
		assertThat(composite.get(NO_EVIDENCE).subList(2, 5)).containsExactly(80L, 0L, "B");
		// every indicator at its maximum, or its best within its window
		assertThat(composite.get(EXEMPLARY).subList(2, 5)).containsExactly(100L, 0L, "A");
		assertThat(sector.get(EXEMPLARY).get(4)).isEqualTo("A");
		// scope: the composite model covers individual businesses, the sector model does
		// not; inactive subjects and social organisations are in neither
		assertThat(composite).containsKey(INDIVIDUAL);
		assertThat(sector).doesNotContainKey(INDIVIDUAL);
		assertThat(composite).doesNotContainKeys(INACTIVE, SOCIAL);
		assertThat(sector).doesNotContainKeys(INACTIVE, SOCIAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "COMPOSITE", "GGZYJY" })
	void contributionsAreTheSameOnBothEngines(String code) throws Exception {
		EvaluationModel model = this.models.get(code);
		ModelSql sql = new ModelSql(model, AS_OF, ModelSql.Dialect.POSTGRES);
		registerJdbcTables();
		int compared = 0;
		for (long subject : new long[] { WINDOW_EDGE, SEVERE, NO_EVIDENCE, 17, 1_234, 2_999 }) {
			Object[] parameters = new Object[sql.contributionParameters()];
			Arrays.fill(parameters, subject);
			List<List<Object>> postgres = this.database.rows(sql.contributions(), parameters);
			List<List<Object>> spark = Values.rows(SparkEvaluation.contributions(this.spark, model, AS_OF, subject));
			assertThat(spark).as("subject %d", subject).isEqualTo(postgres);
			compared += postgres.size();
		}
		assertThat(compared).isGreaterThan(10);
	}

	@Test
	void gradesWrittenBackAreThePlatformsAndOnlyChangesAreRecorded() throws Exception {
		EvaluationOptions jdbc = EvaluationOptions.parse("--master=local[2]",
				"--jdbc-url=" + this.database.jdbc().url(), "--jdbc-user=postgres", "--as-of=" + AS_OF,
				"--partitions=3");

		List<SparkEvaluation.ModelRun> first = SparkEvaluation.run(this.spark, jdbc);

		assertThat(first).extracting(SparkEvaluation.ModelRun::code).containsExactly("COMPOSITE", "GGZYJY");
		for (SparkEvaluation.ModelRun run : first) {
			assertThat(stored(run.code())).isEqualTo(expected(run.code()));
			// every grade is a first grade
			assertThat(run.regraded()).isEqualTo(run.subjects()).isGreaterThan(2_000L);
			assertThat(this.database.count("""
					SELECT count(*) FROM evaluation_grade_change
					WHERE model_code = ? AND from_grade IS NULL AND cause LIKE '%Spark%'""", run.code()))
				.isEqualTo(run.subjects());
		}
		assertThat(this.database.count("SELECT count(*) FROM evaluation_run WHERE started_by = 'spark'")).isEqualTo(2);

		// nothing changed: nothing recorded
		long history = this.database.count("SELECT max(id) FROM evaluation_grade_change");
		assertThat(SparkEvaluation.run(this.spark, jdbc)).allSatisfy(run -> assertThat(run.regraded()).isZero());
		assertThat(this.database.count("SELECT max(id) FROM evaluation_grade_change")).isEqualTo(history);

		// a listing regrades one subject under both models; a deregistration drops one
		this.database.update("""
				INSERT INTO evaluation_evidence (subject_id, source, ref, category, occurred_on, label)
				VALUES (?, 'LIST', 'L-later', 'SEVERE_DISHONESTY', DATE '2026-11-30', 'edge')""", LISTED_LATER);
		this.database.update("UPDATE evaluation_subject SET active = FALSE WHERE subject_id = ?", DEREGISTERED_LATER);
		List<SparkEvaluation.ModelRun> third = SparkEvaluation.run(this.spark, jdbc);

		assertThat(third).allSatisfy(run -> assertThat(run.regraded()).isOne());
		assertThat(this.database.rows("""
				SELECT model_code, subject_id, from_grade, to_grade FROM evaluation_grade_change WHERE id > ?
				ORDER BY model_code""", history))
			.containsExactly(List.of("COMPOSITE", LISTED_LATER, "B", "D"), List.of("GGZYJY", LISTED_LATER, "B", "D"));
		for (String code : this.models.keySet()) {
			assertThat(stored(code)).isEqualTo(expected(code));
		}
		assertThat(this.database.count("SELECT count(*) FROM evaluation_result WHERE subject_id = ?",
				DEREGISTERED_LATER))
			.isZero();
	}

	@Test
	void parquetInParquetOutWithoutTheDatabase() throws Exception {
		String input = this.temp.resolve("export").toString();
		String output = this.temp.resolve("grades").toString();
		EvaluationTables.jdbc(this.spark, this.database.jdbc(), 2, 1_000).exportParquet(input);

		List<SparkEvaluation.ModelRun> runs = SparkEvaluation.run(this.spark,
				EvaluationOptions.parse("--input=" + input, "--output=" + output, "--as-of=" + AS_OF,
						"--model-files=classpath:evaluation/composite-v1.json,classpath:evaluation/public-resource-v1.json"));

		for (SparkEvaluation.ModelRun run : runs) {
			Dataset<Row> written = this.spark.read()
				.parquet(run.target())
				.selectExpr("subject_id", "model_version", "score", "grade", "points", "vetoed")
				.orderBy("subject_id");
			assertThat(Values.rows(written)).hasSize((int) run.subjects()).isEqualTo(expected(run.code()));
		}
		assertThat(runs).extracting(SparkEvaluation.ModelRun::code).containsExactly("COMPOSITE", "GGZYJY");
	}

	@Test
	void sparkGeneratesTheBenchDataWithTheSameFormulas() throws Exception {
		List<Dataset<Row>> generated = SparkGenerator.tables(this.spark, 3_000, 15_000);

		assertThat(Values.rows(generated.get(0)
			.selectExpr("subject_id", "subject_type", "name", "code", "division_code", "registered_on", "active")
			.orderBy("subject_id")))
			.isEqualTo(this.database.rows("""
					SELECT subject_id, subject_type, name, code, division_code, registered_on, active
					FROM evaluation_subject WHERE subject_id <= 3000 ORDER BY subject_id"""));
		assertThat(Values.rows(generated.get(1)
			.selectExpr("subject_id", "source", "ref", "category", "tier", "domain", "occurred_on", "label")
			.orderBy("ref")))
			.hasSize(15_000)
			.isEqualTo(this.database.rows("""
					SELECT subject_id, source, ref, category, tier, domain, occurred_on, label
					FROM evaluation_evidence WHERE label = 'bench' ORDER BY ref COLLATE "C"
					"""));
	}

	private List<List<Object>> postgresScoring(EvaluationModel model) throws SQLException {
		return this.database
			.rows(new ModelSql(model, AS_OF, ModelSql.Dialect.POSTGRES).scoring(null) + " ORDER BY subject_id");
	}

	private List<List<Object>> sparkScoring(EvaluationModel model) throws SQLException {
		registerJdbcTables();
		return Values.rows(SparkEvaluation.scoring(this.spark, model, AS_OF).orderBy("subject_id"));
	}

	private void registerJdbcTables() throws SQLException {
		EvaluationTables.jdbc(this.spark, this.database.jdbc(), 3, 1_000).register();
	}

	/** What the platform's batch stores: the PostgreSQL scoring of the same day. */
	private List<List<Object>> expected(String code) throws SQLException {
		EvaluationModel model = this.models.get(code);
		return this.database.rows("SELECT subject_id, " + model.version() + ", score, grade, points, cap > 0 FROM ("
				+ new ModelSql(model, AS_OF, ModelSql.Dialect.POSTGRES).scoring(null) + ") n ORDER BY subject_id");
	}

	private List<List<Object>> stored(String code) throws SQLException {
		return this.database.rows("""
				SELECT subject_id, model_version, score, grade, points, vetoed FROM evaluation_result
				WHERE model_code = ? ORDER BY subject_id""", code);
	}

	private static Map<Long, List<Object>> bySubject(List<List<Object>> rows) {
		return rows.stream().collect(Collectors.toMap(row -> (Long) row.get(0), Function.identity()));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> points(Map<Long, List<Object>> rows, long subject) {
		return (List<Object>) rows.get(subject).get(1);
	}

	private void edges() throws SQLException {
		subject(WINDOW_EDGE, "ENTERPRISE", "2021-12-01", true);
		evidence(WINDOW_EDGE, "RECORD", "XZCF", "SERIOUS", "2023-12-02");
		evidence(WINDOW_EDGE, "RECORD", "XZCF", "GENERAL", "2023-12-01");
		evidence(WINDOW_EDGE, "RECORD", "XZCF", null, "2025-01-01");
		evidence(WINDOW_EDGE, "RECORD", "HTLX", null, "2026-12-01");
		evidence(WINDOW_EDGE, "RECORD", "HTLX", null, "2026-12-02");
		evidence(WINDOW_EDGE, "RECORD", "SBJF", null, "2024-12-02");
		evidence(WINDOW_EDGE, "RECORD", "SBJF", null, "2024-12-01");
		evidence(WINDOW_EDGE, "COMMITMENT", "BROKEN", null, "2023-12-02");
		subject(SEVERE, "ENTERPRISE", "2000-01-01", true);
		evidence(SEVERE, "LIST", "SEVERE_DISHONESTY", null, "2025-06-01");
		for (String day : List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
			evidence(SEVERE, "RECORD", "CXRY", null, day);
			evidence(SEVERE, "RECORD", "HTLX", null, day);
		}
		subject(NO_EVIDENCE, "ENTERPRISE", "2010-01-01", true);
		subject(INDIVIDUAL, "INDIVIDUAL_BUSINESS", "2019-05-05", true);
		evidence(INDIVIDUAL, "RECORD", "XZCF", "MINOR", "2026-06-01");
		subject(INACTIVE, "ENTERPRISE", "2015-01-01", false);
		evidence(INACTIVE, "RECORD", "XZCF", "SERIOUS", "2026-06-01");
		subject(UNKNOWN_AGE, "ENTERPRISE", null, true);
		evidence(UNKNOWN_AGE, "RECORD", "XZXK", null, "2026-06-01");
		subject(SOCIAL, "SOCIAL_ORGANIZATION", "2001-01-01", true);
		subject(ALMOST_FIVE_YEARS, "ENTERPRISE", "2021-12-02", true);
		subject(EXEMPLARY, "ENTERPRISE", "2000-01-01", true);
		for (String day : List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
			for (String category : List.of("CXRY", "XZXK", "HTLX", "ZSCQ", "ZYTG")) {
				evidence(EXEMPLARY, "RECORD", category, null, day);
			}
			evidence(EXEMPLARY, "COMMITMENT", "FULFILLED", null, day);
		}
		subject(LISTED_LATER, "ENTERPRISE", "2010-01-01", true);
		subject(DEREGISTERED_LATER, "ENTERPRISE", "2010-01-01", true);
	}

	private void subject(long id, String type, String registeredOn, boolean active) throws SQLException {
		this.database.update("""
				INSERT INTO evaluation_subject (subject_id, subject_type, name, code, division_code, registered_on,
				                                active, synced_at)
				VALUES (?, ?, ?, ?, '440106', CAST(? AS DATE), ?, now())""", id, type, "EDGE-" + id, "E" + id,
				registeredOn, active);
	}

	private int evidenceCount;

	private void evidence(long subject, String source, String category, String tier, String occurredOn)
			throws SQLException {
		this.database.update("""
				INSERT INTO evaluation_evidence (subject_id, source, ref, category, tier, domain, occurred_on, label)
				VALUES (?, ?, ?, ?, ?, 'GZ-EDGE', CAST(? AS DATE), 'edge')""", subject, source,
				"E-" + (++this.evidenceCount), category, tier, occurredOn);
	}

}
