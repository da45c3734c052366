package io.gongxin.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The test database behind a connection pool, as the platform has in production. zonky's
 * data source opens a new server connection, a new PostgreSQL process, for every
 * {@code getConnection()}; under the hostile-input suite that was most of the machine's
 * time. The pool follows zonky's switch to a fresh database per test class: it is closed
 * when the class ends (so the old database can be dropped) and opened again on the new
 * database's address.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PooledTestDatabase {

	@Bean
	static BeanPostProcessor pooledTestDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				// zonky's data source is a proxy whose target is the current database
				return (bean instanceof DataSource database && bean instanceof Advised advised
						&& name.equals("dataSource")) ? new Pool(database, advised) : bean;
			}

		};
	}

	/**
	 * Flyway migrates through zonky's own data source: zonky records the migrations there
	 * and builds each class's fresh database from them.
	 */
	@Bean
	static FlywayConfigurationCustomizer migrationsThroughZonky() {
		return configuration -> {
			if (configuration.getDataSource() instanceof Pool pool) {
				configuration.dataSource(pool.database);
			}
		};
	}

	/** Closes the pool when a test class ends, before zonky replaces its database. */
	public static class ClassEnd implements TestExecutionListener, Ordered {

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void afterTestClass(TestContext context) {
			if (context.hasApplicationContext()) {
				context.getApplicationContext().getBeanProvider(Pool.class).ifAvailable(Pool::close);
				// the next class's fresh database starts the check id sequence again
				context.getApplicationContext()
					.getBeanProvider(io.gongxin.measures.internal.CheckStore.class)
					.ifAvailable(io.gongxin.measures.internal.CheckStore::forgetReservedIds);
			}
		}

		// The next class's fresh database has no holiday notice loaded by the class
		// before. zonky makes the fresh database only when the test's own thread first
		// asks for it; until then a scheduled job asking from its thread is given the
		// old one, and read the old database's 2027 into the calendar after it was told
		// to read again. So the fresh database is asked for here first, then the
		// calendar reads again.
		@Override
		public void beforeTestClass(TestContext context) throws Exception {
			if (context.hasApplicationContext()) {
				ApplicationContext application = context.getApplicationContext();
				Pool pool = application.getBeanProvider(Pool.class).getIfAvailable();
				if (pool != null) {
					pool.currentTarget();
				}
				application.getBeanProvider(io.gongxin.calendar.internal.CalendarYears.class)
					.ifAvailable(io.gongxin.calendar.internal.CalendarYears::reloadOnNextUse);
			}
		}

	}

	/** A pool on whatever database zonky currently provides. */
	static final class Pool implements DataSource, AutoCloseable {

		private final DataSource database;

		private final Advised proxy;

		private HikariDataSource pool;

		private DataSource target;

		Pool(DataSource database, Advised proxy) {
			this.database = database;
			this.proxy = proxy;
		}

		private DataSource currentTarget() throws SQLException {
			try {
				return (DataSource) this.proxy.getTargetSource().getTarget();
			}
			catch (Exception ex) {
				throw new SQLException("zonky's current test database is not known", ex);
			}
		}

		private synchronized HikariDataSource current() throws SQLException {
			DataSource now = currentTarget();
			if (now != this.target) {
				close();
				HikariConfig config = new HikariConfig();
				// connections come from zonky's database, which holds them back until
				// the database is prepared
				config.setDataSource(now);
				config.setPoolName("gongxin-test");
				config.setMaximumPoolSize(20);
				// a waiter on a pool closed at a class's end is only freed by its
				// timeout;
				// 30 s (Hikari's default) held up the single scheduler thread long enough
				// to
				// fail the next class's first wait for a background job
				config.setConnectionTimeout(10_000);
				config.setMinimumIdle(0);
				this.pool = new HikariDataSource(config);
				this.target = now;
			}
			return this.pool;
		}

		@Override
		public synchronized void close() {
			if (this.pool != null) {
				this.pool.close();
			}
			this.pool = null;
			this.target = null;
		}

		@Override
		public Connection getConnection() throws SQLException {
			HikariDataSource pool = current();
			try {
				return pool.getConnection();
			}
			catch (SQLException ex) {
				if (pool.isClosed()) {
					// the class ended while this thread (a scheduled job) waited on its
					// pool: ask the next class's database instead of failing the job's
					// round
					return current().getConnection();
				}
				throw ex;
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return this.database.getConnection(username, password);
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return this.database.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			this.database.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			this.database.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return this.database.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			return this.database.getParentLogger();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			return type.isInstance(this) ? type.cast(this) : this.database.unwrap(type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) throws SQLException {
			return type.isInstance(this) || this.database.isWrapperFor(type);
		}

	}

}
