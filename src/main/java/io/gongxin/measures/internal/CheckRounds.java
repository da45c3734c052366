package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.measures.CheckAnswer;
import io.gongxin.measures.Scenario;
import io.gongxin.measures.SubjectAnswer;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers and stores concurrent small checks in rounds. A department's system sends one
 * subject a call, so at a few hundred calls a second each call used to pay for five
 * reads, a write and two transactions of its own; the database, on the same cores, spent
 * more than the platform did. One thread now takes every check that arrived since its
 * last round and, in one transaction, answers them at one instant with one read of each
 * kind ({@link CheckEngine#answerAll}), then stores them — the checks, the measures they
 * named and their audit records (a read of credit data) — before any caller gets its
 * answer. An answer is therefore given only once it is durable (nothing is lost, every
 * answer can be replayed), and each is stamped with its round's instant, which lies
 * between the call's arrival and its answer, so it replays exactly like an answer
 * computed alone.
 * <p>
 * A check with many subjects, or with a subject named by name (a search), is answered and
 * stored the same way on the caller's own thread: it would hold up the round, and it has
 * nothing to share.
 */
@Component
public class CheckRounds implements DisposableBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckRounds.class);

	/** Checks with more subjects than this are answered alone. */
	static final int SHARED_AT_MOST = 20;

	/** Checks per round: at most 64 × 20 subjects in one read. */
	private static final int ROUND = 64;

	/** A check's answer and the instant of the data it was computed from. */
	public record Answered(Instant at, List<SubjectAnswer> subjects) {
	}

	/** A check as stored: its row, the measures it named and its audit record. */
	public record Entry(CheckStore.Row row, List<Integer> subjectIndexes, List<String> measureCodes,
			AttributedEntry audit) {
	}

	/** A check composed from its answer: what is stored and what the caller is given. */
	public record Composed(Entry entry, CheckAnswer answer) {
	}

	/** Makes a check's stored form and answer from what the engine answered. */
	@FunctionalInterface
	public interface Composer {

		Composed compose(Answered answered);

	}

	private record Waiting(CheckEngine.Ask ask, Composer composer, CompletableFuture<Optional<Composed>> done,
			long queuedAt) {
	}

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private final CheckEngine engine;

	private final CheckStore store;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long waitMillis;

	private final Thread worker;

	private volatile boolean closing;

	private final RoundMeters meters;

	CheckRounds(CheckEngine engine, CheckStore store, AuditLog audit, TransactionTemplate transactions, Clock clock,
			@Value("${gongxin.measures.store-timeout:PT30S}") Duration wait, MeterRegistry registry) {
		this.meters = new RoundMeters(registry);
		this.engine = engine;
		this.store = store;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.waitMillis = wait.toMillis();
		this.worker = new Thread(this::run, "credit-check-rounds");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	/**
	 * Answers the check and stores it with its round (or alone, see above); returns the
	 * check as composed (the answer and the document stored for it) once it is committed,
	 * or empty when another check already holds its idempotency key.
	 */
	public Optional<Composed> answer(Scenario scenario, List<ParsedQuery> queries, Composer composer) {
		Waiting waiting = new Waiting(new CheckEngine.Ask(scenario, queries), composer, new CompletableFuture<>(),
				System.nanoTime());
		if (this.closing || !shared(queries)) {
			answerRound(List.of(waiting), false);
		}
		else {
			this.queue.add(waiting);
		}
		try {
			return waiting.done().get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof DomainException refusal) {
				// the engine's own refusals keep their codes
				throw refusal;
			}
			throw unstored(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unanswered(ex);
		}
		catch (TimeoutException ex) {
			throw unanswered(ex);
		}
	}

	static boolean shared(List<ParsedQuery> queries) {
		return queries.size() <= SHARED_AT_MOST && queries.stream().allMatch(query -> query.key() != null);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static DomainException unstored(Throwable cause) {
		log.warn("A credit check could not be answered and stored: {}", cause.toString());
		return new DomainException("GX-MEA-019", ProblemKind.UNAVAILABLE,
				"The check's answer could not be stored; ask again later.");
	}

	private static DomainException unanswered(Exception cause) {
		log.warn("A credit check could not be answered: {}", cause.toString());
		return new DomainException("GX-MEA-020", ProblemKind.UNAVAILABLE,
				"The check could not be answered in time; ask again later.");
	}

	private void run() {
		List<Waiting> round = new ArrayList<>(ROUND);
		while (!this.closing || !this.queue.isEmpty()) {
			try {
				Waiting first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				round.add(first);
				this.queue.drainTo(round, ROUND - 1);
				long drained = System.nanoTime();
				this.meters.started(round.size());
				for (Waiting waiting : round) {
					this.meters.queued(drained - waiting.queuedAt());
				}
				answerRound(round, true);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Credit check round failed: {}", ex.toString());
			}
			finally {
				round.clear();
			}
		}
	}

	private void answerRound(List<Waiting> round, boolean shared) {
		List<Composed> composed = new ArrayList<>(round.size());
		Map<Waiting, RuntimeException> refused = new HashMap<>();
		Set<Long> kept;
		long began = System.nanoTime();
		long[] stored = new long[1];
		try {
			kept = this.transactions.execute(status -> {
				composed.clear();
				refused.clear();
				// the engine's first trip asks for generic plans for the rest of the
				// round
				Instant at = now();
				List<List<SubjectAnswer>> answers = this.engine.answerAll(round.stream().map(Waiting::ask).toList(),
						at);
				long answered = System.nanoTime();
				for (int i = 0; i < round.size(); i++) {
					try {
						composed.add(round.get(i).composer().compose(new Answered(at, answers.get(i))));
					}
					catch (RuntimeException ex) {
						composed.add(null);
						refused.put(round.get(i), ex);
					}
				}
				long composedAt = System.nanoTime();
				Set<Long> written = storeAll(composed.stream().filter(java.util.Objects::nonNull).toList());
				stored[0] = System.nanoTime();
				if (shared) {
					this.meters.steps(began, answered, composedAt, stored[0]);
				}
				return written;
			});
			if (shared) {
				// before any caller has its answer, so that what a caller then reads of
				// the meters includes its round
				this.meters.committed(began, stored[0]);
			}
		}
		catch (RuntimeException ex) {
			if (round.size() == 1) {
				round.get(0).done().completeExceptionally(ex);
				return;
			}
			// one check that cannot be answered or stored must not fail its neighbours
			for (Waiting waiting : round) {
				answerRound(List.of(waiting), false);
			}
			return;
		}
		for (int i = 0; i < round.size(); i++) {
			Waiting waiting = round.get(i);
			Composed one = composed.get(i);
			if (one == null) {
				waiting.done().completeExceptionally(refused.get(waiting));
			}
			else {
				waiting.done().complete(kept.contains(one.entry().row().id()) ? Optional.of(one) : Optional.empty());
			}
		}
	}

	private Set<Long> storeAll(List<Composed> group) {
		if (group.isEmpty()) {
			return Set.of();
		}
		List<Long> named = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (Composed one : group) {
			Entry entry = one.entry();
			for (int i = 0; i < entry.subjectIndexes().size(); i++) {
				named.add(entry.row().id());
				indexes.add(entry.subjectIndexes().get(i));
				codes.add(entry.measureCodes().get(i));
			}
		}
		Set<Long> kept = new HashSet<>(
				this.store.storeAll(group.stream().map(c -> c.entry().row()).toList(), named, indexes, codes));
		List<AttributedEntry> audits = new ArrayList<>();
		for (Composed one : group) {
			if (kept.contains(one.entry().row().id())) {
				audits.add(one.entry().audit());
			}
		}
		this.audit.recordAll(audits);
		return kept;
	}

	@Override
	public void destroy() throws InterruptedException {
		// the web server has stopped taking requests; answer what is waiting, then stop
		this.closing = true;
		this.worker.join(this.waitMillis);
		for (Waiting left = this.queue.poll(); left != null; left = this.queue.poll()) {
			left.done().completeExceptionally(new IllegalStateException("platform stopping"));
		}
	}

}
