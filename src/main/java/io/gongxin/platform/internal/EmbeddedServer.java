package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server and its keeper. The server runs as processes of its own,
 * which can stop while the platform runs: killed by the out-of-memory killer or an
 * operator's mistake, or ended after a crash it could not recover from (a full disk).
 * Requests meanwhile get 503 answers; the keeper notices within a few seconds and starts
 * the server again on the same data directory and port, so the connection pool reconnects
 * and the platform recovers without a person. A server that cannot start yet (the disk is
 * still full) is tried again at every check.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	/** Checks in a row that must find the server gone before it is started again. */
	private static final int MISSES_BEFORE_RESTART = 2;

	private final Path dataDirectory;

	private final IntFunction<EmbeddedPostgres.Builder> builder;

	private final int port;

	private final ScheduledExecutorService keeper;

	private volatile EmbeddedPostgres current;

	private volatile boolean closing;

	private int misses;

	private int restarts;

	/**
	 * @param builder the server's settings for a port (0 for a free one)
	 * @param checkEvery how often the keeper looks; zero turns it off
	 */
	EmbeddedServer(Path dataDirectory, int port, IntFunction<EmbeddedPostgres.Builder> builder, Duration checkEvery)
			throws IOException {
		this.dataDirectory = dataDirectory;
		this.builder = builder;
		this.current = builder.apply(port).start();
		this.port = this.current.getPort();
		if (checkEvery.isZero() || checkEvery.isNegative()) {
			this.keeper = null;
			return;
		}
		this.keeper = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "embedded-postgres-keeper");
			thread.setDaemon(true);
			return thread;
		});
		this.keeper.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	String jdbcUrl() {
		return this.current.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return this.port;
	}

	/** Whether the server's postmaster is alive, by the process id in its lock file. */
	boolean running() {
		Path lock = this.dataDirectory.resolve(LeftoverServer.SERVER_LOCK);
		try {
			if (!Files.exists(lock)) {
				return false;
			}
			String first = Files.readAllLines(lock).stream().findFirst().orElse("").strip();
			return !first.isEmpty()
					&& ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException | NumberFormatException ex) {
			// being written or removed at this moment: look again next time
			return true;
		}
	}

	private synchronized void check() {
		if (this.closing) {
			return;
		}
		if (running()) {
			this.misses = 0;
			return;
		}
		if (++this.misses < MISSES_BEFORE_RESTART) {
			return;
		}
		log.warn("Embedded PostgreSQL on {} is not running: starting it again on port {}",
				this.dataDirectory.toAbsolutePath(), this.port);
		try {
			// releases zonky's lock on the data directory so the new instance can take it
			this.current.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the stopped server: {}", ex.toString());
		}
		try {
			new LeftoverServer(this.dataDirectory, Duration.ofSeconds(30)).stopIfAbandoned();
			this.current = this.builder.apply(this.port).start();
			this.misses = 0;
			this.restarts++;
			log.warn("Embedded PostgreSQL started again on port {} (restart {})", this.port, this.restarts);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Embedded PostgreSQL could not be started again; trying at the next check: {}", ex.toString());
		}
	}

	@Override
	public void close() throws IOException {
		synchronized (this) {
			this.closing = true;
		}
		if (this.keeper != null) {
			this.keeper.shutdownNow();
		}
		this.current.close();
	}

}
