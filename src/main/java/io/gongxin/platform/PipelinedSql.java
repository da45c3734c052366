package io.gongxin.platform;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * One statement that can go to the database in one round trip with others
 * ({@link SqlPipeline}): its SQL with named parameters (as with {@code JdbcClient}), the
 * parameters, how its rows are read, and what is made of them once every statement of the
 * trip has answered. The module that owns the table writes it and keeps it; a caller that
 * needs several modules' reads at once sends them together, and the owner's own method
 * runs it alone, so the statement exists once.
 * <p>
 * A statement that needs no trip (nothing to look up) is {@link #known known}; one that
 * returns no rows (a {@code SET LOCAL}) is a {@link #command command}.
 */
public final class PipelinedSql<T> {

	private final String sql;

	private final Map<String, ?> parameters;

	private final ResultSetExtractor<?> rows;

	private final Function<Object, T> after;

	@SuppressWarnings("unchecked")
	private PipelinedSql(String sql, Map<String, ?> parameters, ResultSetExtractor<?> rows,
			Function<?, ? extends T> after) {
		if (sql != null && sql.contains(";")) {
			// the statements of a trip are joined by semicolons
			throw new IllegalArgumentException("A pipelined statement is one statement, without ';'");
		}
		this.sql = sql;
		// a parameter may be null
		this.parameters = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameters));
		this.rows = rows;
		this.after = (Function<Object, T>) after;
	}

	/** A statement whose rows {@code rows} reads. */
	public static <T> PipelinedSql<T> query(String sql, Map<String, ?> parameters, ResultSetExtractor<T> rows) {
		return new PipelinedSql<>(Objects.requireNonNull(sql), parameters, Objects.requireNonNull(rows),
				Function.identity());
	}

	/** A statement without rows, e.g. a {@code SET LOCAL} for the statements after it. */
	public static PipelinedSql<Void> command(String sql) {
		return command(sql, Map.of());
	}

	/** A statement without rows, e.g. an insert. */
	public static PipelinedSql<Void> command(String sql, Map<String, ?> parameters) {
		return new PipelinedSql<>(Objects.requireNonNull(sql), parameters, null, ignored -> null);
	}

	/** An answer known without asking the database (e.g. nothing to look up). */
	public static <T> PipelinedSql<T> known(T value) {
		return new PipelinedSql<>(null, Map.of(), null, ignored -> value);
	}

	/**
	 * The same statement, with {@code then} applied to what it read once the whole trip
	 * has answered; {@code then} may itself use the database.
	 */
	public <U> PipelinedSql<U> then(Function<? super T, ? extends U> then) {
		return new PipelinedSql<>(this.sql, this.parameters, this.rows, this.after.andThen(then));
	}

	String sql() {
		return this.sql;
	}

	Map<String, ?> parameters() {
		return this.parameters;
	}

	ResultSetExtractor<?> rows() {
		return this.rows;
	}

	T finish(Object read) {
		return this.after.apply(read);
	}

}
