package io.gongxin.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.ResultMerge;

import static org.apache.spark.sql.functions.col;

/**
 * Grades written back to the platform's {@code evaluation_result} as its own batch does:
 * Spark fills a staging table over parallel connections, then one transaction under the
 * model's lock records every first grade and change of score or grade in
 * {@code evaluation_grade_change}, upserts the results that differ, drops the subjects
 * that left the scope and logs the run in {@code evaluation_run}.
 *
 * <p>
 * Unlike the platform's batch it publishes no {@code GradeChanged} events: grade-change
 * feeds and grade-drop alerts follow from the platform's own runs only.
 */
public final class JdbcResults {

	private final Jdbc jdbc;

	private final int partitions;

	private final int batchSize;

	public JdbcResults(Jdbc jdbc, int partitions, int batchSize) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.batchSize = batchSize;
	}

	/**
	 * How many subjects the model now grades, how many got a grade they did not have
	 * (first grades included, as the platform counts a run's changes) and how many
	 * history rows were recorded (changes of score too).
	 */
	public record Written(long subjects, long regraded, long recorded) {
	}

	public Written write(EvaluationModel model, Dataset<Row> scored, Instant started, Instant now)
			throws SQLException {
		String staging = "evaluation_spark_" + model.code().toLowerCase(Locale.ROOT) + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = this.jdbc.connect()) {
			try {
				execute(connection, "CREATE UNLOGGED TABLE " + staging
						+ " (subject_id BIGINT NOT NULL, points INT[] NOT NULL, score INT NOT NULL,"
						+ " cap INT NOT NULL, grade TEXT NOT NULL)");
				scored
					.select(col("subject_id"), col("points").cast("array<int>").as("points"),
							col("score").cast("int").as("score"), col("cap").cast("int").as("cap"), col("grade"))
					.write()
					.format("jdbc")
					.options(this.jdbc.spark())
					.option("dbtable", staging)
					.option("numPartitions", this.partitions)
					.option("batchsize", this.batchSize)
					// a driver property: one multi-row INSERT per batch instead of one per row
					.option("reWriteBatchedInserts", "true")
					.mode(SaveMode.Append)
					.save();
				return merge(connection, model, staging, started, now);
			}
			finally {
				connection.setAutoCommit(true);
				execute(connection, "DROP TABLE IF EXISTS " + staging);
			}
		}
	}

	private Written merge(Connection connection, EvaluationModel model, String staging, Instant started, Instant now)
			throws SQLException {
		connection.setAutoCommit(false);
		try {
			// the platform's lock of a model's results: a Spark run and the platform's batch
			// or incremental evaluation of the same model never interleave
			try (PreparedStatement lock = connection.prepareStatement(ResultMerge.LOCK)) {
				lock.setInt(1, ResultMerge.LOCK_SPACE);
				lock.setString(2, model.code());
				lock.executeQuery().close();
			}
			execute(connection, "CREATE INDEX ON " + staging + " (subject_id)");
			execute(connection, "ANALYZE " + staging);
			Timestamp at = Timestamp.from(now);
			long recorded;
			long regraded;
			try (PreparedStatement history = connection.prepareStatement("WITH changed AS ("
					+ ResultMerge.history(staging) + ") SELECT count(*), count(*) FILTER "
					+ "(WHERE from_grade IS DISTINCT FROM to_grade) FROM changed")) {
				history.setString(1, model.code());
				history.setInt(2, model.version());
				history.setTimestamp(3, at);
				history.setString(4, "批量评价（Spark，" + model.name() + " 第" + model.version() + "版）");
				history.setString(5, model.code());
				try (ResultSet counts = history.executeQuery()) {
					counts.next();
					recorded = counts.getLong(1);
					regraded = counts.getLong(2);
				}
			}
			try (PreparedStatement upsert = connection.prepareStatement(ResultMerge.upsert(staging))) {
				upsert.setString(1, model.code());
				upsert.setInt(2, model.version());
				upsert.setTimestamp(3, at);
				upsert.executeUpdate();
			}
			try (PreparedStatement delete = connection.prepareStatement(ResultMerge.dropOutOfScope(staging))) {
				delete.setString(1, model.code());
				delete.executeUpdate();
			}
			long subjects = count(connection, staging);
			try (PreparedStatement run = connection.prepareStatement("""
					INSERT INTO evaluation_run (model_code, model_version, started_at, finished_at, subjects, changed,
					                            started_by)
					VALUES (?, ?, ?, ?, ?, ?, 'spark')""")) {
				run.setString(1, model.code());
				run.setInt(2, model.version());
				run.setTimestamp(3, Timestamp.from(started));
				run.setTimestamp(4, Timestamp.from(Instant.now()));
				run.setLong(5, subjects);
				run.setLong(6, regraded);
				run.executeUpdate();
			}
			connection.commit();
			return new Written(subjects, regraded, recorded);
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
