package io.gongxin.platform.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a JVM of its own by {@link LeftoverServerIT}: starts a server on a data
 * directory, writes a row, leaves a transaction open and waits to be killed, as a
 * platform dies in the middle of its work.
 */
final class AbandonedServer {

	private AbandonedServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (note TEXT)");
			statement.execute("INSERT INTO kept VALUES ('committed before the crash')");
			Connection open = postgres.getPostgresDatabase().getConnection();
			open.setAutoCommit(false);
			open.createStatement().execute("INSERT INTO kept VALUES ('never committed')");
			System.out.println("READY");
			System.out.flush();
			Thread.sleep(Long.MAX_VALUE);
		}
	}

}
