package io.gongxin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL with the platform's evaluation schema (its own V2100 migration,
 * from the model jar) and the bundled models published, as the platform seeds them.
 */
final class EvaluationDatabase implements AutoCloseable {

	static final List<String> BUNDLED = List.of("evaluation/composite-v1.json", "evaluation/public-resource-v1.json");

	private final EmbeddedPostgres postgres;

	private final Jdbc jdbc;

	private EvaluationDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
		this.jdbc = new Jdbc(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
	}

	static EvaluationDatabase start(Map<String, String> serverConfig) throws Exception {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		serverConfig.forEach(builder::setServerConfig);
		EvaluationDatabase database = new EvaluationDatabase(builder.start());
		database.script(resource("db/migration/evaluation/V2100__evaluation.sql"));
		for (String model : BUNDLED) {
			String definition = resource(model);
			database.update("""
					INSERT INTO evaluation_model (code, version, name, definition, state, drafted_by, drafted_at,
					                              published_by, published_at)
					VALUES ((?::jsonb)->>'code', ((?::jsonb)->>'version')::int, (?::jsonb)->>'name', ?::jsonb,
					        'PUBLISHED', 'system:defaults', now(), 'system:defaults', now())""", definition,
					definition, definition, definition);
		}
		return database;
	}

	Jdbc jdbc() {
		return this.jdbc;
	}

	/**
	 * The platform's bench data ({@code bench/evaluation-data.sql}), as its own
	 * EvaluationBench generates it.
	 */
	void generate(long subjects, long records) throws SQLException {
		script(resource("bench/evaluation-data.sql").replace("${subjects}", Long.toString(subjects))
			.replace("${records}", Long.toString(records)));
		update("ANALYZE evaluation_subject");
		update("ANALYZE evaluation_evidence");
	}

	/** Statements separated by a semicolon at the end of a line. */
	void script(String script) throws SQLException {
		for (String statement : script.split(";\\s*\\n")) {
			if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
				update(statement);
			}
		}
	}

	int update(String sql, Object... parameters) throws SQLException {
		try (Connection connection = this.jdbc.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
	}

	/**
	 * Every row, each as its values in column order (SQL arrays as lists, numbers as
	 * longs, dates as {@code LocalDate}), so they compare with Spark's rows.
	 */
	List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
		try (Connection connection = this.jdbc.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet rows = statement.executeQuery()) {
				ResultSetMetaData meta = rows.getMetaData();
				List<List<Object>> all = new ArrayList<>();
				while (rows.next()) {
					List<Object> row = new ArrayList<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						Object value = rows.getObject(i);
						if (value instanceof java.sql.Array array) {
							value = Arrays.asList((Object[]) array.getArray());
						}
						row.add(Values.plain(value));
					}
					all.add(row);
				}
				return all;
			}
		}
	}

	long count(String sql, Object... parameters) throws SQLException {
		return (Long) rows(sql, parameters).get(0).get(0);
	}

	/** Runs statements on one connection in one transaction, for timing a batch. */
	void inTransaction(String... statements) throws SQLException {
		try (Connection connection = this.jdbc.connect()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			connection.commit();
		}
	}

	static String resource(String name) {
		try (InputStream in = EvaluationDatabase.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
