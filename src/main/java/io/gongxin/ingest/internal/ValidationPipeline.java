package io.gongxin.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and validates a batch's rows on a thread of its own, handing over chunks of
 * verdicts through a short queue. The batch's transaction stays on the caller's thread;
 * this thread never writes. At most two chunks wait, so memory stays bounded whatever the
 * size of the file.
 */
final class ValidationPipeline implements AutoCloseable {

	/** The verdicts on consecutive rows. */
	record Chunk(List<ValidatedRow.Valid> valid, List<ValidatedRow.Invalid> invalid) {

		int size() {
			return this.valid.size() + this.invalid.size();
		}

	}

	/** What is done to each row: {@link RowValidator#validate} in production. */
	@FunctionalInterface
	interface Validation {

		ValidatedRow validate(int rowNumber, Map<String, String> byCode, List<String> formulaFields, String problem);

	}

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);

	private final Thread reader;

	private volatile boolean cancelled;

	private boolean ended;

	private ValidationPipeline(String name, int chunkSize, RowSource source, String[] codes, Validation validator) {
		this.reader = new Thread(() -> run(chunkSize, source, codes, validator), name);
		this.reader.setDaemon(true);
	}

	static ValidationPipeline start(String name, int chunkSize, RowSource source, String[] codes,
			Validation validator) {
		ValidationPipeline pipeline = new ValidationPipeline(name, chunkSize, source, codes, validator);
		pipeline.reader.start();
		return pipeline;
	}

	/**
	 * The next chunk, or {@code null} after the last. A failure of the reading thread is
	 * rethrown here.
	 */
	Chunk next() {
		if (this.ended) {
			return null;
		}
		Object item;
		try {
			item = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for validated rows", ex);
		}
		if (item == END) {
			this.ended = true;
			return null;
		}
		if (item instanceof RuntimeException failure) {
			this.ended = true;
			throw failure;
		}
		return (Chunk) item;
	}

	@Override
	public void close() {
		this.cancelled = true;
		this.queue.clear();
		try {
			this.reader.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(int chunkSize, RowSource source, String[] codes, Validation validator) {
		try {
			List<ValidatedRow.Valid> valid = new ArrayList<>(chunkSize);
			List<ValidatedRow.Invalid> invalid = new ArrayList<>();
			SourceRow row;
			while (!this.cancelled && (row = source.next()) != null) {
				ValidatedRow verdict = validator.validate(row.rowNumber(), byCode(row, codes),
						formulaFields(row, codes), row.problem());
				if (verdict instanceof ValidatedRow.Valid accepted) {
					valid.add(accepted);
				}
				else {
					invalid.add((ValidatedRow.Invalid) verdict);
				}
				if (valid.size() + invalid.size() >= chunkSize) {
					hand(new Chunk(valid, invalid));
					valid = new ArrayList<>(chunkSize);
					invalid = new ArrayList<>();
				}
			}
			if (!valid.isEmpty() || !invalid.isEmpty()) {
				hand(new Chunk(valid, invalid));
			}
			hand(END);
		}
		catch (IOException ex) {
			hand(new IntakeException("GX-ING-005", "The file could not be read: " + ex.getMessage()));
		}
		catch (RuntimeException ex) {
			hand(ex);
		}
		catch (Error ex) {
			hand(new IllegalStateException("Validation stopped: " + ex, ex));
			throw ex;
		}
	}

	/** Waits for room in the queue, unless the consumer has given up. */
	private void hand(Object item) {
		try {
			while (!this.cancelled) {
				if (this.queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Map<String, String> byCode(SourceRow row, String[] codes) {
		Map<String, String> byCode = new LinkedHashMap<>();
		for (int i = 0; i < codes.length && i < row.values().size(); i++) {
			if (codes[i] != null) {
				byCode.put(codes[i], row.values().get(i));
			}
		}
		return byCode;
	}

	private static List<String> formulaFields(SourceRow row, String[] codes) {
		if (row.formulaColumns().isEmpty()) {
			return List.of();
		}
		List<String> formulas = new ArrayList<>();
		for (int i = 0; i < codes.length && i < row.values().size(); i++) {
			if (codes[i] != null && row.formulaColumns().contains(i)) {
				formulas.add(codes[i]);
			}
		}
		return formulas;
	}

}
