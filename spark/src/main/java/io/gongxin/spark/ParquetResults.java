package io.gongxin.spark;

import java.sql.Timestamp;
import java.time.Instant;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.gongxin.evaluation.EvaluationModel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Grades written as Parquet, one directory per model code, in the columns of
 * {@code evaluation_result}; for loading elsewhere, or into the platform later. No
 * history: that needs the grades before.
 */
public final class ParquetResults {

	private final String directory;

	public ParquetResults(String directory) {
		this.directory = directory.endsWith("/") ? directory : directory + "/";
	}

	public String location(EvaluationModel model) {
		return this.directory + model.code();
	}

	/** Writes (replacing the model's directory) and tells how many subjects it holds. */
	public long write(SparkSession spark, EvaluationModel model, Dataset<Row> scored, Instant now) {
		scored
			.select(lit(model.code()).as("model_code"), col("subject_id"), lit(model.version()).as("model_version"),
					col("score").cast("int").as("score"), col("grade"), col("points").cast("array<int>").as("points"),
					col("cap").gt(0).as("vetoed"), lit(Timestamp.from(now)).as("evaluated_at"))
			.write()
			.mode("overwrite")
			.parquet(location(model));
		// from the files' footers: no second evaluation
		return spark.read().parquet(location(model)).count();
	}

}
