package io.gongxin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

	private Path console;

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
						System.getProperty("java.class.path"), GongxinApplication.class.getName()));
		List<String> defaults = List.of("--server.port=" + this.httpPort,
				"--gongxin.database.embedded.port=" + this.dbPort,
				"--gongxin.database.embedded.data-directory=" + this.directory.resolve("pg"),
				"--gongxin.keys.directory=" + this.directory.resolve("keys"),
				"--gongxin.audit.witness-file=" + this.directory.resolve("witness.log"),
				"--gongxin.ingest.spool-directory=" + this.directory.resolve("spool"),
				"--logging.file.name=" + this.logFile(), "--gongxin.demo.enabled=true",
				"--gongxin.demo.password=crash-demo-password",
				"--gongxin.security.admin.password=crash-admin-password");
		// Spring joins repeated options with commas, so a test's own value replaces the
		// default instead of following it
		for (String option : defaults) {
			String name = option.substring(0, option.indexOf('=') + 1);
			if (this.arguments.stream().noneMatch(argument -> argument.startsWith(name))) {
				command.add(option);
			}
		}
		command.addAll(this.arguments);
		this.console = this.directory.resolve("console-" + Instant.now().toEpochMilli() + ".log");
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.console.toFile())
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

	/**
	 * Stops the platform's database server the way an operator's {@code pg_ctl stop} does
	 * (fast shutdown: sessions are ended, open transactions roll back), leaving the
	 * platform running without it. Returns the stopped server's process id.
	 */
	public long stopDatabase() throws Exception {
		Path pid = this.directory.resolve("pg").resolve("postmaster.pid");
		long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
		new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).inheritIO().start().waitFor();
		await(() -> ProcessHandle.of(postmaster).map(h -> !h.isAlive()).orElse(true), Duration.ofSeconds(60),
				"database stop");
		return postmaster;
	}

	/**
	 * Stops the platform the polite way (SIGTERM, as operators and supervisors do) and
	 * returns its exit code, or -1 if it was not running.
	 */
	public int stop() throws InterruptedException {
		if (this.process == null) {
			return -1;
		}
		this.process.destroy();
		if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new AssertionError("the platform did not stop within two minutes of SIGTERM");
		}
		return this.process.exitValue();
	}

	/** What the latest start printed on the console (standard output and error). */
	public String console() throws IOException {
		return this.console == null ? "" : Files.readString(this.console);
	}

	/** The platform's log file, shared by all starts. */
	public Path logFile() {
		return this.directory.resolve("app.log");
	}

	/**
	 * Puts an API key on record directly in the platform's database, as an
	 * administrator's issuing would; the secret is {@code gx_<prefix>_<rest>}.
	 */
	public void issueKey(String secret, String role, String department) throws Exception {
		String prefix = secret.substring(3, secret.indexOf('_', 3));
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement("""
				INSERT INTO security_api_key (id, name, key_prefix, key_hash, role, department_code, created_by,
				                              created_at)
				VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, 'test', now())
				""")) {
			statement.setString(1, "test-" + prefix);
			statement.setString(2, prefix);
			statement.setString(3, hash);
			statement.setString(4, role);
			statement.setString(5, department);
			statement.executeUpdate();
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
