package io.gongxin.measures.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores answered checks by group commit. A check's caller hands its stored form here and
 * waits; one writer thread takes whatever has arrived since its last commit and stores
 * the group — checks, the measures they named and their audit records — in one
 * transaction, then releases the callers. An answer is therefore given only once it is
 * durable (nothing is lost and every answer can be replayed), while a hundred concurrent
 * checks cost about one commit instead of a hundred.
 */
@Component
public class CheckJournal implements DisposableBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckJournal.class);

	private static final int GROUP = 500;

	/** One check to store: its row, the measures it named and its audit record. */
	public record Entry(CheckStore.Row row, List<Integer> subjectIndexes, List<String> measureCodes,
			AttributedEntry audit) {
	}

	private record Waiting(Entry entry, CompletableFuture<Boolean> stored) {
	}

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private final CheckStore store;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final long waitMillis;

	private final Thread writer;

	private volatile boolean closing;

	CheckJournal(CheckStore store, AuditLog audit, TransactionTemplate transactions,
			@Value("${gongxin.measures.store-timeout:PT30S}") java.time.Duration wait) {
		this.store = store;
		this.audit = audit;
		this.transactions = transactions;
		this.waitMillis = wait.toMillis();
		this.writer = new Thread(this::run, "credit-check-journal");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Stores the check and returns once it is committed: {@code true}, or {@code false}
	 * when another check already holds its idempotency key.
	 */
	public boolean store(Entry entry) {
		if (this.closing) {
			throw unavailable(null);
		}
		CompletableFuture<Boolean> stored = new CompletableFuture<>();
		this.queue.add(new Waiting(entry, stored));
		try {
			return stored.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw unavailable(ex);
		}
	}

	private static DomainException unavailable(Exception cause) {
		if (cause != null) {
			log.warn("A credit check could not be stored: {}", cause.toString());
		}
		return new DomainException("GX-MEA-019", ProblemKind.UNAVAILABLE,
				"The check's answer could not be stored; ask again later.");
	}

	private void run() {
		List<Waiting> group = new ArrayList<>(GROUP);
		while (!this.closing || !this.queue.isEmpty()) {
			try {
				Waiting first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, GROUP - 1);
				write(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Credit check journal round failed: {}", ex.toString());
			}
			finally {
				group.clear();
			}
		}
	}

	private void write(List<Waiting> group) {
		try {
			Set<Long> stored = this.transactions.execute(status -> storeAll(group));
			group.forEach(waiting -> waiting.stored().complete(stored.contains(waiting.entry().row().id())));
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).stored().completeExceptionally(ex);
				return;
			}
			// one bad check must not fail its neighbours: store each alone
			for (Waiting waiting : group) {
				write(List.of(waiting));
			}
		}
	}

	private Set<Long> storeAll(List<Waiting> group) {
		Set<Long> stored = new HashSet<>(this.store.insertAll(group.stream().map(w -> w.entry().row()).toList()));
		List<Long> named = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<AttributedEntry> audits = new ArrayList<>();
		for (Waiting waiting : group) {
			Entry entry = waiting.entry();
			if (stored.contains(entry.row().id())) {
				for (int i = 0; i < entry.subjectIndexes().size(); i++) {
					named.add(entry.row().id());
					indexes.add(entry.subjectIndexes().get(i));
					codes.add(entry.measureCodes().get(i));
				}
				audits.add(entry.audit());
			}
		}
		this.store.named(named, indexes, codes);
		this.audit.recordAll(audits);
		return stored;
	}

	@Override
	public void destroy() throws InterruptedException {
		// the web server has stopped taking requests; store what is waiting, then stop
		this.closing = true;
		this.writer.join(this.waitMillis);
		for (Waiting left = this.queue.poll(); left != null; left = this.queue.poll()) {
			left.stored().completeExceptionally(new IllegalStateException("platform stopping"));
		}
	}

}
