package io.gongxin.platform;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that are not the request's fault and pass by themselves: the database cannot
 * be reached (stopped, restarting, out of connections) or the disk is full. Callers are
 * told to try again later (503), batches wait for the database instead of being blamed
 * for it, and nothing of it is logged as a defect of the platform.
 */
public final class Outages {

	/** What is unavailable, with the stable problem code that says so. */
	public enum Kind {

		DATABASE("GX-SYS-002"), STORAGE_FULL("GX-SYS-003");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	private Outages() {
	}

	/** The outage behind a failure, looking through its causes. */
	public static Optional<Kind> of(Throwable failure) {
		boolean resourceFailure = false;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof TransactionSystemException ended) {
				// the commit or rollback could not reach the server; what the work itself
				// met, if anything, says more
				if (ended.getApplicationException() != null) {
					Optional<Kind> behind = of(ended.getApplicationException());
					if (behind.isPresent()) {
						return behind;
					}
				}
				return Optional.of(Kind.DATABASE);
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return bySqlState(sql.getSQLState());
			}
			if (cause instanceof IOException io && io.getMessage() != null
					&& io.getMessage().contains("No space left on device")) {
				return Optional.of(Kind.STORAGE_FULL);
			}
			resourceFailure |= cause instanceof SQLTransientConnectionException
					|| cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException;
		}
		return resourceFailure ? Optional.of(Kind.DATABASE) : Optional.empty();
	}

	private static Optional<Kind> bySqlState(String state) {
		if (state.equals("53100")) {
			// disk_full
			return Optional.of(Kind.STORAGE_FULL);
		}
		// 08: connection exceptions; 53: insufficient resources (memory, connections);
		// 57P01-57P03: the server is shutting down, crashed or not yet accepting
		if (state.startsWith("08") || state.startsWith("53") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03")) {
			return Optional.of(Kind.DATABASE);
		}
		return Optional.empty();
	}

}
