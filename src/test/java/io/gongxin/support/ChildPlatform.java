package io.gongxin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.gongxin.GongxinApplication;

/**
 * The platform in a JVM of its own on its own embedded database, as it runs in
 * production, so a test can kill it the way a power cut would (JVM and database, no
 * shutdown) and start it again on the same data.
 */
public final class ChildPlatform {

	private final Path directory;

	private final int dbPort;

	private final int httpPort;

	private final List<String> arguments;

	private Process process;

	public ChildPlatform(Path directory, String... arguments) throws IOException {
		this.directory = directory;
		this.dbPort = freePort();
		this.httpPort = freePort();
		this.arguments = List.of(arguments);
	}

	public int dbPort() {
		return this.dbPort;
	}

	public int httpPort() {
		return this.httpPort;
	}

	/** Starts the platform and waits until it is ready. */
	public ChildPlatform start() throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						System.getProperty("java.class.path"), GongxinApplication.class.getName(),
						"--server.port=" + this.httpPort, "--gongxin.database.embedded.port=" + this.dbPort,
						"--gongxin.database.embedded.data-directory=" + this.directory.resolve("pg"),
						"--gongxin.keys.directory=" + this.directory.resolve("keys"),
						"--gongxin.audit.witness-file=" + this.directory.resolve("witness.log"),
						"--gongxin.ingest.spool-directory=" + this.directory.resolve("spool"),
						"--logging.file.name=" + this.directory.resolve("app.log"), "--gongxin.demo.enabled=true",
						"--gongxin.demo.password=crash-demo-password",
						"--gongxin.security.admin.password=crash-admin-password"));
		command.addAll(this.arguments);
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("console-" + Instant.now().toEpochMilli() + ".log").toFile())
			.start();
		HttpClient client = HttpClient.newHttpClient();
		await(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the platform exited with " + this.process.exitValue());
			}
			try {
				return client
					.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + this.httpPort + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200;
			}
			catch (IOException | InterruptedException ex) {
				return false;
			}
		}, Duration.ofMinutes(2), "platform start");
		return this;
	}

	/**
	 * SIGKILL of the JVM alone, as {@code kill -9} or the out-of-memory killer does: the
	 * database server it started keeps running on the data directory, and the next
	 * {@link #start()} has to get past it on its own.
	 */
	public long crash() throws Exception {
		this.process.destroyForcibly();
		this.process.waitFor();
		Path pid = this.directory.resolve("pg").resolve("postmaster.pid");
		return Files.exists(pid) ? Long.parseLong(Files.readAllLines(pid).get(0).strip()) : -1;
	}

	/**
	 * SIGKILL the JVM, then the database server it left behind: nothing shuts down
	 * cleanly, as in a power cut.
	 */
	public void kill() throws Exception {
		this.process.destroyForcibly();
		this.process.waitFor();
		Path pid = this.directory.resolve("pg").resolve("postmaster.pid");
		if (Files.exists(pid)) {
			long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
			ProcessHandle.of(postmaster).ifPresent(handle -> {
				handle.descendants().forEach(ProcessHandle::destroyForcibly);
				handle.destroyForcibly();
			});
			await(() -> ProcessHandle.of(postmaster).map(h -> !h.isAlive()).orElse(true), Duration.ofSeconds(30),
					"postmaster death");
		}
	}

	/** Stops the platform the polite way. */
	public void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	public Connection connect() throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.dbPort + "/postgres", "postgres", "");
	}

	/** A single number from the platform's database, or -1 while it cannot answer. */
	public long count(String sql) {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
		catch (Exception ex) {
			return -1;
		}
	}

	public static void await(BooleanSupplier condition, Duration timeout, String what) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(200);
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
