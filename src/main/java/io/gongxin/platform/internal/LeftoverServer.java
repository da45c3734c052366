package io.gongxin.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server runs as a process of its own. When the platform's JVM
 * dies without shutting down (kill -9, out of memory, a power cut of the JVM alone), the
 * server keeps running and keeps its lock file in the data directory, and the next start
 * would fail until someone stopped it by hand. Before the platform starts its server it
 * finds such a leftover and stops it the way PostgreSQL's own "fast" shutdown does: open
 * transactions roll back, the server checkpoints and removes its lock file.
 *
 * <p>
 * A server whose platform is still alive is never touched: the live platform holds the
 * same file lock zonky takes on {@code epg-lock}, and then start-up stops with a clear
 * message instead.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	/** zonky's lock, held by the JVM that runs the server for as long as it lives. */
	static final String PLATFORM_LOCK = "epg-lock";

	static final String SERVER_LOCK = "postmaster.pid";

	private final Path dataDirectory;

	private final Duration patience;

	LeftoverServer(Path dataDirectory, Duration patience) {
		this.dataDirectory = dataDirectory;
		this.patience = patience;
	}

	/**
	 * Stops a server left behind by a platform that is gone. Returns what was found, for
	 * the log and the tests.
	 */
	Finding stopIfAbandoned() {
		Path serverLock = this.dataDirectory.resolve(SERVER_LOCK);
		if (!Files.exists(serverLock)) {
			return Finding.NONE;
		}
		if (!platformLockIsFree()) {
			throw new IllegalStateException("Another GongXin process is using the data directory "
					+ this.dataDirectory.toAbsolutePath() + "; stop it first or choose another directory.");
		}
		Optional<ProcessHandle> server = serverProcess(serverLock);
		if (server.isEmpty()) {
			// PostgreSQL recognises a lock file whose process is gone and takes it over
			return Finding.STALE_LOCK_FILE;
		}
		ProcessHandle process = server.get();
		if (!isPostgres(process)) {
			// the number was reused by an unrelated process after a reboot; PostgreSQL
			// would refuse to start while that process lives
			log.warn("Removing {}: its process {} is not a PostgreSQL server", serverLock, process.pid());
			delete(serverLock);
			return Finding.STALE_LOCK_FILE;
		}
		log.warn("A PostgreSQL server (process {}) left running by an earlier run of the platform holds {}; "
				+ "stopping it before starting again", process.pid(), this.dataDirectory.toAbsolutePath());
		stop(process);
		return Finding.STOPPED_LEFTOVER;
	}

	enum Finding {

		NONE, STALE_LOCK_FILE, STOPPED_LEFTOVER

	}

	private boolean platformLockIsFree() {
		Path lockFile = this.dataDirectory.resolve(PLATFORM_LOCK);
		if (!Files.exists(lockFile)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			// this very JVM runs a server on the directory
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<ProcessHandle> serverProcess(Path serverLock) {
		try {
			List<String> lines = Files.readAllLines(serverLock);
			if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> Path.of(command).getFileName().toString()).map(name -> {
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			return lower.equals("postgres") || lower.equals("postgres.exe") || lower.equals("postmaster");
		}).orElse(true);
	}

	private void stop(ProcessHandle server) {
		if (!fastShutdown(server) && !awaitExit(server, this.patience)) {
			// smart shutdown: also fine here, since the clients died with the JVM
			server.destroy();
		}
		if (!awaitExit(server, this.patience)) {
			log.warn("PostgreSQL process {} did not stop within {}; killing it; the next start runs crash recovery",
					server.pid(), this.patience);
			server.descendants().forEach(ProcessHandle::destroyForcibly);
			server.destroyForcibly();
			if (!awaitExit(server, this.patience)) {
				throw new IllegalStateException("The PostgreSQL server " + server.pid() + " on "
						+ this.dataDirectory.toAbsolutePath() + " could not be stopped.");
			}
		}
	}

	/** SIGINT is PostgreSQL's fast shutdown; Java can only send TERM and KILL itself. */
	private boolean fastShutdown(ProcessHandle server) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).redirectErrorStream(true)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0 && awaitExit(server, this.patience);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
