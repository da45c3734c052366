package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gongxin.measures.Scenario;
import io.gongxin.measures.SubjectAnswer;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers concurrent small checks in rounds, the reading counterpart of the journal's
 * group commit. A department's system sends one subject a call, so at a few hundred calls
 * a second each call used to pay for five reads and a transaction of its own; the
 * database, on the same cores, spent more than the platform did. One reader thread now
 * takes every check that arrived since its last round and answers them together, at one
 * instant, with one read of each kind ({@link CheckEngine#answerAll}). Each answer is
 * stamped with its round's instant, which lies between the call's arrival and its answer,
 * so it replays exactly like an answer computed alone.
 * <p>
 * A check with many subjects, or with a subject named by name (a search), is answered on
 * the caller's own thread: it would hold up the round, and it has nothing to share.
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

	private record Waiting(CheckEngine.Ask ask, CompletableFuture<Answered> answered) {
	}

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private final CheckEngine engine;

	private final TransactionTemplate reading;

	private final Clock clock;

	private final long waitMillis;

	private final Thread reader;

	private volatile boolean closing;

	CheckRounds(CheckEngine engine, PlatformTransactionManager transactions, Clock clock,
			@Value("${gongxin.measures.store-timeout:PT30S}") Duration wait) {
		this.engine = engine;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
		this.waitMillis = wait.toMillis();
		this.reader = new Thread(this::run, "credit-check-rounds");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** The answer to one check, computed in the next round (or alone, see above). */
	public Answered answer(Scenario scenario, List<ParsedQuery> queries) {
		CheckEngine.Ask ask = new CheckEngine.Ask(scenario, queries);
		if (this.closing || !shared(queries)) {
			return answerAlone(ask);
		}
		CompletableFuture<Answered> answered = new CompletableFuture<>();
		this.queue.add(new Waiting(ask, answered));
		try {
			return answered.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				// the engine's own refusals keep their codes
				throw failure;
			}
			throw unanswered(ex);
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

	private Answered answerAlone(CheckEngine.Ask ask) {
		Instant at = now();
		return new Answered(at, this.reading.execute(status -> this.engine.answerAll(List.of(ask), at)).get(0));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
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
				answerRound(round);
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

	private void answerRound(List<Waiting> round) {
		try {
			Instant at = now();
			List<List<SubjectAnswer>> answers = this.reading
				.execute(status -> this.engine.answerAll(round.stream().map(Waiting::ask).toList(), at));
			for (int i = 0; i < round.size(); i++) {
				round.get(i).answered().complete(new Answered(at, answers.get(i)));
			}
		}
		catch (RuntimeException ex) {
			if (round.size() == 1) {
				round.get(0).answered().completeExceptionally(ex);
				return;
			}
			// one check that cannot be answered must not fail its neighbours
			for (Waiting waiting : round) {
				answerRound(List.of(waiting));
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		// the web server has stopped taking requests; answer what is waiting, then stop
		this.closing = true;
		this.reader.join(this.waitMillis);
		for (Waiting left = this.queue.poll(); left != null; left = this.queue.poll()) {
			left.answered().completeExceptionally(new IllegalStateException("platform stopping"));
		}
	}

}
