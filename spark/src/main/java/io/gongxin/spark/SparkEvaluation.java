package io.gongxin.spark;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.ModelSql;

/**
 * The composite evaluation at national scale: every published model's SQL, as
 * {@link ModelSql} writes it for the platform's PostgreSQL, run by Spark SQL over the
 * platform's tables (or a Parquet export of them), the grades written back as the
 * platform's batch writes them (or as Parquet).
 *
 * <pre>
 * spark-submit --class io.gongxin.spark.SparkEvaluation gongxin-spark-all.jar \
 *     --jdbc-url=jdbc:postgresql://db/gongxin --jdbc-user=gongxin --partitions=64
 * </pre>
 *
 * See {@link EvaluationOptions} for the options.
 */
public final class SparkEvaluation {

	private SparkEvaluation() {
	}

	/**
	 * What a run did for one model.
	 *
	 * @param regraded subjects whose grade is new or changed; {@code null} for Parquet
	 * @param target the table or directory written
	 */
	public record ModelRun(String code, int version, long subjects, Long regraded, String target,
			Duration took) {

		String summary() {
			return String.format(Locale.ROOT, "%s v%d: %,d subjects graded, %s regraded, into %s in %.1f s",
					this.code, this.version, this.subjects, (this.regraded == null) ? "n/a" : this.regraded,
					this.target, this.took.toMillis() / 1000.0);
		}

	}

	public static void main(String[] args) throws SQLException {
		EvaluationOptions options = EvaluationOptions.parse(args);
		SparkSession spark = session(options);
		try {
			run(spark, options).forEach(run -> System.out.println(run.summary()));
		}
		finally {
			spark.stop();
		}
	}

	/** The session of spark-submit, or a local one when a {@code local} master is given. */
	public static SparkSession session(EvaluationOptions options) {
		return session(options.master());
	}

	/** The session of spark-submit ({@code null}), or of the master given. */
	public static SparkSession session(String master) {
		SparkSession.Builder builder = SparkSession.builder().appName("gongxin-evaluation");
		if (master != null) {
			builder = builder.master(master);
			if (master.startsWith("local")) {
				// one machine: no web UI, and the driver on loopback whatever the host name resolves to
				builder = builder.config("spark.ui.enabled", "false")
					.config("spark.driver.host", "127.0.0.1")
					.config("spark.driver.bindAddress", "127.0.0.1");
			}
		}
		return builder.getOrCreate();
	}

	/** Evaluates every model the options name, one after the other over one read of the tables. */
	public static List<ModelRun> run(SparkSession spark, EvaluationOptions options) throws SQLException {
		List<EvaluationModel> models = options.modelFiles().isEmpty()
				? ModelDefinitions.published(options.jdbc(), options.models())
				: ModelDefinitions.files(options.modelFiles());
		EvaluationTables tables = options.readsJdbc()
				? EvaluationTables.jdbc(spark, options.jdbc(), options.partitions(), options.fetchSize())
				: EvaluationTables.parquet(spark, options.input());
		if (models.size() > 1) {
			// every model reads the same tables: read them once, and all models grade the
			// same snapshot
			tables = tables.cache();
		}
		tables.register();
		List<ModelRun> runs = new ArrayList<>();
		try {
			for (EvaluationModel model : models) {
				runs.add(evaluate(spark, options, model));
			}
		}
		finally {
			tables.subjects().unpersist();
			tables.evidence().unpersist();
		}
		return runs;
	}

	/** One row per subject in the model's scope, as {@link ModelSql#scoring} describes. */
	public static Dataset<Row> scoring(SparkSession spark, EvaluationModel model, LocalDate asOf) {
		return spark.sql(new ModelSql(model, asOf, ModelSql.Dialect.SPARK).scoring(null));
	}

	/** The evidence that counts for one subject, as {@link ModelSql#contributions} describes. */
	public static Dataset<Row> contributions(SparkSession spark, EvaluationModel model, LocalDate asOf,
			long subjectId) {
		ModelSql sql = new ModelSql(model, asOf, ModelSql.Dialect.SPARK);
		Object[] parameters = new Object[sql.contributionParameters()];
		Arrays.fill(parameters, subjectId);
		return spark.sql(sql.contributions(), parameters);
	}

	private static ModelRun evaluate(SparkSession spark, EvaluationOptions options, EvaluationModel model)
			throws SQLException {
		Instant started = Instant.now();
		Dataset<Row> scored = scoring(spark, model, options.asOf());
		if (options.writesJdbc()) {
			JdbcResults.Written written = new JdbcResults(options.jdbc(), options.partitions(), options.batchSize())
				.write(model, scored, started, Instant.now());
			return new ModelRun(model.code(), model.version(), written.subjects(), written.regraded(),
					"evaluation_result", Duration.between(started, Instant.now()));
		}
		ParquetResults parquet = new ParquetResults(options.output());
		long subjects = parquet.write(spark, model, scored, Instant.now());
		return new ModelRun(model.code(), model.version(), subjects, null, parquet.location(model),
				Duration.between(started, Instant.now()));
	}

}
