package io.gongxin.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class OutagesTests {

	@Test
	void aLostOrRefusedConnectionIsADatabaseOutage() {
		assertThat(Outages.of(sql("08006"))).contains(Outages.Kind.DATABASE);
		assertThat(Outages.of(sql("57P01"))).contains(Outages.Kind.DATABASE);
		assertThat(Outages.of(sql("53300"))).contains(Outages.Kind.DATABASE);
		assertThat(Outages.of(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("gongxin - Connection is not available"))))
			.contains(Outages.Kind.DATABASE);
		assertThat(Outages.of(new CannotGetJdbcConnectionException("none"))).contains(Outages.Kind.DATABASE);
	}

	@Test
	void aRollbackThatCannotReachTheServerIsADatabaseOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(Outages.of(rollback)).contains(Outages.Kind.DATABASE);
		rollback.initApplicationException(sql("53100"));
		assertThat(Outages.of(rollback)).contains(Outages.Kind.STORAGE_FULL);
	}

	@Test
	void aFullDiskIsAStorageOutageInTheDatabaseAndInTheSpool() {
		assertThat(Outages.of(sql("53100"))).contains(Outages.Kind.STORAGE_FULL);
		assertThat(Outages.of(new UncheckedIOException("Could not keep the submitted file",
				new IOException("No space left on device"))))
			.contains(Outages.Kind.STORAGE_FULL);
	}

	@Test
	void theRequestsOwnFaultsAreNoOutage() {
		assertThat(Outages.of(sql("23505"))).isEmpty();
		assertThat(Outages.of(sql("22021"))).isEmpty();
		assertThat(Outages.of(new IllegalStateException("bug"))).isEmpty();
		assertThat(Outages.of(new UncheckedIOException(new IOException("Broken pipe")))).isEmpty();
	}

	private static RuntimeException sql(String state) {
		SQLException cause = new SQLException("server said no", state);
		return state.startsWith("23") ? new DataIntegrityViolationException("refused", cause)
				: new UncategorizedSQLException("query", "SELECT 1", cause);
	}

}
