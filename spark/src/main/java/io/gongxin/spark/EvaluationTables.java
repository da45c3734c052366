package io.gongxin.spark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The two tables a model's SQL reads, as Spark temporary views of the same names
 * ({@code evaluation_subject}, {@code evaluation_evidence}).
 */
public record EvaluationTables(Dataset<Row> subjects, Dataset<Row> evidence) {

	public static final String SUBJECT = "evaluation_subject";

	public static final String EVIDENCE = "evaluation_evidence";

	/**
	 * The platform's tables, each read in {@code partitions} ranges of subject ids over
	 * as many connections; Spark reads only the columns the statements use.
	 */
	public static EvaluationTables jdbc(SparkSession spark, Jdbc jdbc, int partitions, int fetchSize)
			throws SQLException {
		long lowest = 0;
		long highest = 0;
		try (Connection connection = jdbc.connect();
				Statement statement = connection.createStatement();
				ResultSet bounds = statement
					.executeQuery("SELECT min(subject_id), max(subject_id) FROM " + SUBJECT)) {
			if (bounds.next()) {
				lowest = bounds.getLong(1);
				highest = bounds.getLong(2);
			}
		}
		return new EvaluationTables(table(spark, jdbc, SUBJECT, partitions, fetchSize, lowest, highest),
				table(spark, jdbc, EVIDENCE, partitions, fetchSize, lowest, highest));
	}

	/** A Parquet export: {@code evaluation_subject/} and {@code evaluation_evidence/}. */
	public static EvaluationTables parquet(SparkSession spark, String directory) {
		String base = directory.endsWith("/") ? directory : directory + "/";
		return new EvaluationTables(spark.read().parquet(base + SUBJECT), spark.read().parquet(base + EVIDENCE));
	}

	/** Makes these the tables the statements read. */
	public EvaluationTables register() {
		this.subjects.createOrReplaceTempView(SUBJECT);
		this.evidence.createOrReplaceTempView(EVIDENCE);
		return this;
	}

	/** Both tables held in memory once read, for several models over one read. */
	public EvaluationTables cache() {
		return new EvaluationTables(this.subjects.cache(), this.evidence.cache());
	}

	/** Writes both tables as a Parquet export that {@link #parquet} reads. */
	public void exportParquet(String directory) {
		String base = directory.endsWith("/") ? directory : directory + "/";
		this.subjects.write().mode("overwrite").parquet(base + SUBJECT);
		this.evidence.write().mode("overwrite").parquet(base + EVIDENCE);
	}

	private static Dataset<Row> table(SparkSession spark, Jdbc jdbc, String table, int partitions, int fetchSize,
			long lowest, long highest) {
		DataFrameReader reader = spark.read()
			.format("jdbc")
			.options(jdbc.spark())
			.option("dbtable", table)
			.option("fetchsize", fetchSize);
		if (partitions > 1 && highest > lowest) {
			// ids outside the bounds still land in the first or last range: the bounds only
			// set the stride
			reader = reader.option("partitionColumn", "subject_id")
				.option("lowerBound", lowest)
				.option("upperBound", highest + 1)
				.option("numPartitions", partitions);
		}
		return reader.load();
	}

}
