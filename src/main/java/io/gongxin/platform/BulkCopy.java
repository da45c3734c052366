package io.gongxin.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into one table with PostgreSQL's {@code COPY … FROM STDIN} on the
 * connection of the current transaction, so the rows commit or roll back with everything
 * else the transaction did. Bulk intake writes through this instead of multi-row
 * {@code INSERT}s: the server skips parsing, planning and binding a statement per row.
 * Values are written in COPY's text format; every value is escaped, so no input can end a
 * row or a column early.
 */
public final class BulkCopy {

	private static final int FLUSH_BYTES = 1 << 20;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private final DataSource dataSource;

	private final String target;

	private final int columns;

	private final StringBuilder buffer = new StringBuilder(1 << 16);

	private CopyIn copy;

	private long rows;

	private Instant lastInstant;

	private String lastInstantText;

	private BulkCopy(DataSource dataSource, String table, String... columns) {
		this.dataSource = dataSource;
		this.target = table + " (" + String.join(", ", columns) + ")";
		this.columns = columns.length;
	}

	/**
	 * A copy into the given columns of a table; call {@link #finish()} to complete it.
	 */
	public static BulkCopy into(DataSource dataSource, String table, String... columns) {
		return new BulkCopy(dataSource, table, columns);
	}

	/** Adds one row; values in the order of the columns. */
	public BulkCopy row(Object... values) {
		if (values.length != this.columns) {
			throw new IllegalArgumentException(
					"Expected " + this.columns + " values for " + this.target + ", got " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			appendValue(values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() >= FLUSH_BYTES) {
			send();
		}
		return this;
	}

	/** Sends what is left and ends the copy; returns the number of rows written. */
	public long finish() {
		if (this.rows == 0) {
			return 0;
		}
		send();
		try {
			return this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("COPY into " + this.target + " failed", ex);
		}
	}

	private void send() {
		try {
			if (this.copy == null) {
				Connection connection = DataSourceUtils.getConnection(this.dataSource);
				this.copy = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + this.target + " FROM STDIN");
			}
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}
		catch (SQLException ex) {
			if (this.copy != null && this.copy.isActive()) {
				try {
					this.copy.cancelCopy();
				}
				catch (SQLException suppressed) {
					ex.addSuppressed(suppressed);
				}
			}
			throw new DataAccessResourceFailureException("COPY into " + this.target + " failed", ex);
		}
	}

	/**
	 * The rows of one copy mostly share their timestamps (the time of the batch), and
	 * formatting one costs more than the rest of a row's dates and numbers together.
	 */
	private String format(Instant instant) {
		if (!instant.equals(this.lastInstant)) {
			this.lastInstant = instant;
			this.lastInstantText = ISO.format(instant);
		}
		return this.lastInstantText;
	}

	private void appendValue(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof String text) {
			escape(text);
		}
		else if (value instanceof Instant instant) {
			this.buffer.append(format(instant));
		}
		else if (value instanceof Timestamp timestamp) {
			this.buffer.append(format(timestamp.toInstant()));
		}
		else if (value instanceof Boolean bool) {
			this.buffer.append(bool ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof LocalDate || value instanceof UUID
				|| value instanceof Enum<?>) {
			escape(value.toString());
		}
		else if (value instanceof Collection<?> items) {
			escape(arrayLiteral(items));
		}
		else if (value instanceof Object[] items) {
			escape(arrayLiteral(java.util.Arrays.asList(items)));
		}
		else {
			throw new IllegalArgumentException("No COPY format for " + value.getClass().getName());
		}
	}

	/**
	 * A one-dimensional PostgreSQL array literal: every element quoted, so commas and
	 * braces are data.
	 */
	public static String arrayLiteral(Collection<?> items) {
		StringBuilder literal = new StringBuilder(items.size() * 8 + 2).append('{');
		boolean first = true;
		for (Object item : items) {
			if (!first) {
				literal.append(',');
			}
			first = false;
			if (item == null) {
				literal.append("NULL");
				continue;
			}
			literal.append('"');
			String text = item.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return literal.append('}').toString();
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				case '\0' -> throw new IllegalArgumentException("PostgreSQL text cannot hold the NUL character");
				default -> this.buffer.append(c);
			}
		}
	}

}
