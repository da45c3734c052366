package io.gongxin.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * Sends several statements in one round trip, on the connection of the current
 * transaction. Each statement on its own costs a round trip to PostgreSQL and back; on a
 * busy machine the wake-ups on both sides cost more than a key lookup itself. The driver
 * sends statements joined by semicolons one after the other with a single
 * synchronisation, and the server runs them in order, so a statement sees what the ones
 * before it did (a {@code SET LOCAL}, an insert) exactly as if they had been sent one by
 * one. If one fails, the trip fails as a whole and the transaction with it.
 */
@Component
public class SqlPipeline {

	private final JdbcTemplate jdbc;

	private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

	SqlPipeline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What each statement of a trip answered. */
	public static final class Answers {

		private final Map<PipelinedSql<?>, Object> answers;

		private Answers(Map<PipelinedSql<?>, Object> answers) {
			this.answers = answers;
		}

		@SuppressWarnings("unchecked")
		public <T> T of(PipelinedSql<T> statement) {
			if (!this.answers.containsKey(statement)) {
				throw new IllegalArgumentException("The statement was not part of this trip");
			}
			return (T) this.answers.get(statement);
		}

	}

	/** Runs one statement alone. */
	public <T> T one(PipelinedSql<T> statement) {
		return all(List.of(statement)).of(statement);
	}

	/** Runs the statements in order, in one round trip. */
	public Answers all(List<? extends PipelinedSql<?>> statements) {
		List<PipelinedSql<?>> sent = statements.stream()
			.filter(s -> s.sql() != null)
			.<PipelinedSql<?>>map(s -> s)
			.toList();
		Map<PipelinedSql<?>, Object> read = new IdentityHashMap<>();
		if (!sent.isEmpty()) {
			StringBuilder sql = new StringBuilder();
			List<Object> values = new ArrayList<>();
			for (PipelinedSql<?> statement : sent) {
				ParsedSql parsedSql = this.parsed.computeIfAbsent(statement.sql(),
						NamedParameterUtils::parseSqlStatement);
				MapSqlParameterSource source = new MapSqlParameterSource(statement.parameters());
				sql.append((sql.length() > 0) ? ";\n" : "")
					.append(NamedParameterUtils.substituteNamedParameters(parsedSql, source));
				values.addAll(java.util.Arrays.asList(NamedParameterUtils.buildValueArray(parsedSql, source, null)));
			}
			this.jdbc.execute((ConnectionCallback<Void>) connection -> {
				try (PreparedStatement prepared = connection.prepareStatement(sql.toString())) {
					bind(prepared, values);
					boolean rows = prepared.execute();
					for (int i = 0; i < sent.size(); i++) {
						if (i > 0) {
							rows = prepared.getMoreResults();
						}
						PipelinedSql<?> statement = sent.get(i);
						if (statement.rows() != null) {
							if (!rows) {
								throw new IllegalStateException(
										"A pipelined query returned no rows: " + statement.sql());
							}
							try (ResultSet result = prepared.getResultSet()) {
								read.put(statement, statement.rows().extractData(result));
							}
						}
					}
				}
				return null;
			});
		}
		// what is made of the rows may use the database again, so it comes after the
		// trip
		Map<PipelinedSql<?>, Object> answers = new IdentityHashMap<>();
		for (PipelinedSql<?> statement : statements) {
			answers.put(statement, statement.finish(read.get(statement)));
		}
		return new Answers(answers);
	}

	private static void bind(PreparedStatement prepared, List<Object> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				// the default for an untyped null asks the server for the parameter's
				// type first: a round trip of its own
				prepared.setNull(i + 1, Types.NULL);
			}
			else {
				StatementCreatorUtils.setParameterValue(prepared, i + 1, SqlTypeValue.TYPE_UNKNOWN, value);
			}
		}
	}

}
