package io.gongxin.spark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a run reads, when it evaluates and where it writes. Each option is an argument
 * {@code --name=value} or a system property {@code gongxin.spark.name}; the password may
 * also come from the environment ({@code GONGXIN_SPARK_JDBC_PASSWORD}), so that it need
 * not show in the process list.
 *
 * @param jdbc the platform's database; {@code null} only for a run from Parquet to Parquet
 * with model files
 * @param asOf the evaluation day (the windows of the rules end on it)
 * @param input {@code null} to read the tables over JDBC, else a directory with
 * {@code evaluation_subject/} and {@code evaluation_evidence/} in Parquet
 * @param output {@code null} to write the grades back over JDBC, else a directory that
 * gets one Parquet directory per model code
 * @param models the codes of the published models to run, empty for all
 * @param modelFiles model definitions (JSON files, or {@code classpath:} resources) run
 * instead of the published ones
 * @param partitions how many ranges of subject ids the tables are read in over JDBC, and
 * how many connections write back at most
 * @param master the Spark master, {@code null} to take spark-submit's
 */
public record EvaluationOptions(Jdbc jdbc, LocalDate asOf, String input, String output, List<String> models,
		List<String> modelFiles, int partitions, int fetchSize, int batchSize, String master) {

	/** The platform's time zone: its evaluation day turns at midnight in Beijing time. */
	public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

	private static final Set<String> NAMES = Set.of("jdbc-url", "jdbc-user", "jdbc-password", "as-of", "input",
			"output", "models", "model-files", "partitions", "fetch-size", "batch-size", "master");

	public EvaluationOptions {
		models = List.copyOf(models);
		modelFiles = List.copyOf(modelFiles);
		if (jdbc == null && (input == null || output == null || modelFiles.isEmpty())) {
			throw new IllegalArgumentException(
					"--jdbc-url is needed unless both --input and --output are Parquet directories and --model-files are given");
		}
		if (partitions < 1 || fetchSize < 1 || batchSize < 1) {
			throw new IllegalArgumentException("--partitions, --fetch-size and --batch-size are positive numbers");
		}
	}

	public boolean readsJdbc() {
		return this.input == null;
	}

	public boolean writesJdbc() {
		return this.output == null;
	}

	/** The options of a command line, then of system properties, then the defaults. */
	public static EvaluationOptions parse(String... args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0 || !NAMES.contains(arg.substring(2, eq))) {
				throw new IllegalArgumentException("unknown argument " + arg + "; options are --name=value of " + NAMES);
			}
			given.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		Function<String, String> option = name -> {
			String value = given.getOrDefault(name, System.getProperty("gongxin.spark." + name));
			return (value == null || value.isBlank()) ? null : value.trim();
		};
		String password = option.apply("jdbc-password");
		if (password == null) {
			password = System.getenv("GONGXIN_SPARK_JDBC_PASSWORD");
		}
		String url = option.apply("jdbc-url");
		Jdbc jdbc = (url == null) ? null : new Jdbc(url, option.apply("jdbc-user"), password);
		String asOf = option.apply("as-of");
		return new EvaluationOptions(jdbc, (asOf == null) ? LocalDate.now(PLATFORM_ZONE) : LocalDate.parse(asOf),
				location(option.apply("input")), location(option.apply("output")), list(option.apply("models")),
				list(option.apply("model-files")), number(option.apply("partitions"), 4),
				number(option.apply("fetch-size"), 10_000), number(option.apply("batch-size"), 10_000),
				option.apply("master"));
	}

	private static String location(String value) {
		return (value == null || value.equalsIgnoreCase("jdbc")) ? null : value;
	}

	private static List<String> list(String value) {
		return (value == null) ? List.of()
				: Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
	}

	private static int number(String value, int otherwise) {
		return (value == null) ? otherwise : Integer.parseInt(value);
	}

}
