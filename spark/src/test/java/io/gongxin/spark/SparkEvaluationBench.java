package io.gongxin.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.ModelSql;

/**
 * The composite model at scale, not part of verify ({@code ./mvnw -f spark/pom.xml
 * -Pbench test-compile exec:exec}, see README.md):
 * <ol>
 * <li>N subjects with 5·N pieces of evidence in an embedded PostgreSQL (the platform's
 * bench generator): the platform's batch statement on PostgreSQL against Spark
 * {@code local[2]} over the same tables, in the same run;</li>
 * <li>Spark alone on Parquet generated with the same formulas: N against 10·N
 * subjects.</li>
 * </ol>
 * Arguments: subjects in PostgreSQL, then the two Parquet sizes (1,000,000, 1,000,000
 * and 10,000,000 by default).
 */
public final class SparkEvaluationBench {

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	private SparkEvaluationBench() {
	}

	public static void main(String[] args) throws Exception {
		long subjects = (args.length > 0) ? Long.parseLong(args[0]) : 1_000_000;
		long small = (args.length > 1) ? Long.parseLong(args[1]) : 1_000_000;
		long large = (args.length > 2) ? Long.parseLong(args[2]) : 10_000_000;
		String shufflePartitions = System.getProperty("bench.shuffle-partitions", "8");
		Path work = Files.createTempDirectory("gongxin-spark-bench");
		System.out.printf(Locale.ROOT, "%d cores, heap %,d MB, spark.sql.shuffle.partitions=%s, as of %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				shufflePartitions, AS_OF);
		SparkSession spark = SparkEvaluation.session("local[2]");
		spark.conf().set("spark.sql.shuffle.partitions", shufflePartitions);
		try {
			postgresAgainstSpark(spark, subjects);
			parquetScaling(spark, work, small, large);
		}
		finally {
			spark.stop();
			try (Stream<Path> paths = Files.walk(work)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	private static void postgresAgainstSpark(SparkSession spark, long subjects) throws Exception {
		try (EvaluationDatabase database = EvaluationDatabase
			.start(Map.of("shared_buffers", "1GB", "max_wal_size", "4GB"))) {
			long t0 = System.nanoTime();
			database.generate(subjects, subjects * 5);
			System.out.printf(Locale.ROOT, "PostgreSQL: generated %,d subjects, %,d evidence in %.1f s%n", subjects,
					database.count("SELECT count(*) FROM evaluation_evidence"), secs(t0));
			EvaluationModel model = ModelDefinitions.published(database.jdbc(), List.of("COMPOSITE")).get(0);

			// the platform's batch statement, with the batch's work_mem
			String scoring = new ModelSql(model, AS_OF, ModelSql.Dialect.POSTGRES).scoring(null);
			double postgres = best(3, () -> database.inTransaction("SET LOCAL work_mem = '512MB'",
					"CREATE TEMP TABLE bench_scored ON COMMIT DROP AS " + scoring));
			System.out.printf(Locale.ROOT, "PostgreSQL batch statement (CREATE TEMP TABLE AS scoring): %.2f s%n",
					postgres);

			EvaluationOptions options = EvaluationOptions.parse("--jdbc-url=" + database.jdbc().url(),
					"--jdbc-user=postgres", "--as-of=" + AS_OF, "--models=COMPOSITE", "--partitions=4");
			long t1 = System.nanoTime();
			SparkEvaluation.ModelRun first = SparkEvaluation.run(spark, options).get(0);
			double firstRun = secs(t1);
			long t2 = System.nanoTime();
			SparkEvaluation.ModelRun again = SparkEvaluation.run(spark, options).get(0);
			double secondRun = secs(t2);
			System.out.printf(Locale.ROOT,
					"Spark local[2] read + evaluate + write back: first run %.2f s (%,d graded, %,d new), "
							+ "second run %.2f s (%,d changed)%n",
					firstRun, first.subjects(), first.regraded(), secondRun, again.regraded());

			long t3 = System.nanoTime();
			EvaluationTables tables = EvaluationTables.jdbc(spark, database.jdbc(), 4, 10_000).cache().register();
			long read = tables.subjects().count() + tables.evidence().count();
			double readOnly = secs(t3);
			double sparkEvaluate = best(3,
					() -> SparkEvaluation.scoring(spark, model, AS_OF).write().format("noop").mode("overwrite").save());
			tables.subjects().unpersist();
			tables.evidence().unpersist();
			System.out.printf(Locale.ROOT,
					"Spark local[2] JDBC read into memory %.2f s (%,d rows); evaluate alone (cached) %.2f s%n", readOnly,
					read, sparkEvaluate);
			System.out.printf(Locale.ROOT,
					"ratios to the PostgreSQL batch: Spark evaluate alone %.2f, read + evaluate + write back %.2f "
							+ "(second run %.2f)%n",
					sparkEvaluate / postgres, firstRun / postgres, secondRun / postgres);
		}
	}

	private static void parquetScaling(SparkSession spark, Path work, long small, long large) throws Exception {
		double smallRun = parquetRun(spark, work, small);
		double largeRun = parquetRun(spark, work, large);
		System.out.printf(Locale.ROOT,
				"Parquet scaling: %,d subjects %.2f s, %,d subjects %.2f s, ratio %.2f for %.0fx data%n", small,
				smallRun, large, largeRun, largeRun / smallRun, (double) large / small);
	}

	private static double parquetRun(SparkSession spark, Path work, long subjects) throws Exception {
		Path input = work.resolve("in-" + subjects);
		long t0 = System.nanoTime();
		SparkGenerator.parquet(spark, subjects, subjects * 5, input.toString());
		System.out.printf(Locale.ROOT, "Parquet: generated %,d subjects, %,d evidence in %.1f s%n", subjects,
				subjects * 5, secs(t0));
		EvaluationOptions options = EvaluationOptions.parse("--input=" + input, "--output=" + work.resolve("out"),
				"--as-of=" + AS_OF, "--model-files=classpath:evaluation/composite-v1.json");
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			long t1 = System.nanoTime();
			SparkEvaluation.ModelRun run = SparkEvaluation.run(spark, options).get(0);
			double took = secs(t1);
			best = Math.min(best, took);
			System.out.printf(Locale.ROOT, "Parquet in, Parquet out, %,d subjects: %.2f s (%,d graded)%n", subjects,
					took, run.subjects());
		}
		return best;
	}

	private interface Work {

		void run() throws Exception;

	}

	private static double best(int runs, Work work) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			work.run();
			best = Math.min(best, secs(t0));
		}
		return best;
	}

	private static double secs(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

}
