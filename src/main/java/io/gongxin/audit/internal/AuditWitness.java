package io.gongxin.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Witnesses the head of the audit chain outside the database. The chain and its seals
 * catch a row altered or removed in the middle; rows removed from the end, after the last
 * seal, leave a shorter chain that is whole. So every commit's new head (sequence number
 * and hash) is also remembered here, written to an append-only file beside the data and
 * to the log; verification then requires the database to still hold the witnessed head,
 * and new events never take the numbers of removed ones.
 *
 * <p>
 * Heads are written in groups, at most once a {@link #WRITE_EVERY}: a crash may lose the
 * last second of witnessing, never an event.
 */
@Component
public class AuditWitness {

	private static final Logger log = LoggerFactory.getLogger(AuditWitness.class);

	/** A second witness: the structured log, which is shipped elsewhere in production. */
	private static final Logger witnessLog = LoggerFactory.getLogger("io.gongxin.audit.witness");

	static final Duration WRITE_EVERY = Duration.ofSeconds(1);

	private static final Duration LOG_EVERY = Duration.ofMinutes(1);

	private static final Pattern LINE = Pattern.compile("^(\\S+) chain=(\\S+) seq=(\\d+) hash=([0-9a-f]{64})$");

	/** A witnessed head. */
	public record Mark(long seq, String hash) {
	}

	private final Path file;

	private final Clock clock;

	private final Map<String, Mark> heads = new ConcurrentHashMap<>();

	private final Map<String, Mark> unwritten = new LinkedHashMap<>();

	private final Thread writer;

	private volatile boolean running = true;

	private Instant lastLogged = Instant.EPOCH;

	AuditWitness(@Value("${gongxin.audit.witness-file}") Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
		read();
		this.writer = new Thread(this::writeLoop, "gongxin-audit-witness");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** The highest sequence number ever witnessed for the chain, 0 if none. */
	long floor(String chain) {
		Mark mark = this.heads.get(chain);
		return (mark != null) ? mark.seq() : 0;
	}

	Optional<Mark> head(String chain) {
		return Optional.ofNullable(this.heads.get(chain));
	}

	/** Remembers a committed head; written to the file within {@link #WRITE_EVERY}. */
	void witness(String chain, long seq, String hash) {
		Mark mark = new Mark(seq, hash);
		Mark kept = this.heads.merge(chain, mark, (old, now) -> (now.seq() > old.seq()) ? now : old);
		if (kept == mark) {
			synchronized (this.unwritten) {
				this.unwritten.merge(chain, mark, (old, now) -> (now.seq() > old.seq()) ? now : old);
			}
		}
	}

	private void writeLoop() {
		while (this.running) {
			try {
				Thread.sleep(WRITE_EVERY.toMillis());
				flush();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("The audit witness file {} could not be written", this.file.toAbsolutePath(), ex);
			}
		}
	}

	/** Writes what has not been written. */
	void flush() {
		Map<String, Mark> batch;
		synchronized (this.unwritten) {
			if (this.unwritten.isEmpty()) {
				return;
			}
			batch = new LinkedHashMap<>(this.unwritten);
			this.unwritten.clear();
		}
		Instant now = Instant.now(this.clock);
		StringBuilder lines = new StringBuilder();
		batch.forEach((chain, mark) -> lines.append(now)
			.append(" chain=")
			.append(chain)
			.append(" seq=")
			.append(mark.seq())
			.append(" hash=")
			.append(mark.hash())
			.append('\n'));
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
				channel.force(false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (Duration.between(this.lastLogged, now).compareTo(LOG_EVERY) >= 0) {
			this.lastLogged = now;
			batch.forEach((chain, mark) -> witnessLog.info("audit head witnessed chain={} seq={} hash={}", chain,
					mark.seq(), mark.hash()));
		}
	}

	@PreDestroy
	void stop() {
		this.running = false;
		this.writer.interrupt();
		flush();
	}

	private void read() {
		if (!Files.exists(this.file)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
			for (String line : lines) {
				Matcher matcher = LINE.matcher(line.strip());
				if (matcher.matches()) {
					this.heads.merge(matcher.group(2), new Mark(Long.parseLong(matcher.group(3)), matcher.group(4)),
							(old, now) -> (now.seq() > old.seq()) ? now : old);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
