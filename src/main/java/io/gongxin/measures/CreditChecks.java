package io.gongxin.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditOrigin;
import io.gongxin.audit.AuditLog;
import io.gongxin.inbox.Inbox;
import io.gongxin.measures.internal.CheckEngine;
import io.gongxin.measures.internal.CheckRounds;
import io.gongxin.measures.internal.CheckStore;
import io.gongxin.measures.internal.FeedbackTickets;
import io.gongxin.measures.internal.QueryParser;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.Sha256;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事前信用核查: a department asks, before a decision, which measures apply to its subjects in
 * its scenario. The answer names each measure with its legal basis, the list entry that
 * triggers it and what the department must do; it is stored with its instant and can be
 * replayed from the data as of that instant. An answer that names a measure opens a
 * feedback task (联合奖惩反馈) in the department's inbox.
 */
@Service
public class CreditChecks {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

	private final CheckEngine engine;

	private final CheckStore store;

	private final CheckRounds rounds;

	private final Inbox inbox;

	private final FeedbackTickets tickets;

	private final Providers providers;

	private final Measures measures;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<String, KnownDepartment> departments = new java.util.concurrent.ConcurrentHashMap<>();

	CreditChecks(CheckEngine engine, CheckStore store, CheckRounds rounds, Inbox inbox, FeedbackTickets tickets,
			Providers providers, Measures measures, AuditLog audit, JsonMapper json, Clock clock) {
		this.engine = engine;
		this.store = store;
		this.rounds = rounds;
		this.inbox = inbox;
		this.tickets = tickets;
		this.providers = providers;
		this.measures = measures;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** The request as stored: the scenario by code and the subjects as asked. */
	record StoredRequest(String scenario, List<SubjectQuery> subjects) {
	}

	/**
	 * Checks the subjects for the department. With an idempotency key, asking again with
	 * the same request returns the first answer; a different request under the same key
	 * is refused (GX-MEA-013).
	 */
	public GivenAnswer check(String departmentCode, CheckRequest request, String idempotencyKey) {
		Scenario scenario = Scenario.parse(request.scenario());
		var parsed = QueryParser.parse(request.subjects());
		Provider department = department(departmentCode);
		String requestJson = this.json.writeValueAsString(new StoredRequest(scenario.name(), request.subjects()));
		String digest = Sha256.hex(requestJson);
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip();
		if (key != null && key.length() > 200) {
			throw new DomainException("GX-MEA-013", ProblemKind.BAD_REQUEST,
					"An idempotency key has at most 200 characters.");
		}
		if (key != null) {
			var earlier = this.store.byKey(department.code(), key);
			if (earlier.isPresent()) {
				if (!earlier.get().requestDigest().equals(digest)) {
					throw new DomainException("GX-MEA-013", ProblemKind.CONFLICT,
							"This idempotency key was used for a different check.", Map.of("key", key));
				}
				return new GivenAnswer(read(earlier.get().answer()), earlier.get().answer());
			}
		}
		// answered and stored in a round with the checks arriving beside it; who
		// asked, and from where, is taken here on the caller's thread
		String actor = ActingUser.currentName();
		AuditOrigin origin = AuditOrigin.current(this.clock);
		return this.rounds
			.answer(scenario, parsed,
					answered -> compose(answered, scenario, department, key, digest, requestJson, actor, origin))
			.map(composed -> new GivenAnswer(composed.answer(), composed.entry().row().answer()))
			.orElseThrow(() -> new DomainException("GX-MEA-013", ProblemKind.CONFLICT,
					"A check with this idempotency key is being answered; ask again.", Map.of("key", key)));
	}

	private CheckRounds.Composed compose(CheckRounds.Answered answered, Scenario scenario, Provider department,
			String key, String digest, String requestJson, String actor, AuditOrigin origin) {
		Instant at = answered.at();
		List<SubjectAnswer> answers = answered.subjects();
		long id = this.store.nextId();
		int sanctions = CheckAnswer.sanctionsOf(answers);
		int incentives = CheckAnswer.incentivesOf(answers);
		Ticket ticket = null;
		if (sanctions + incentives > 0) {
			// the task itself is opened after commit, in a group (CheckFollowUp)
			ticket = new Ticket(id, "FK-" + id,
					this.tickets.due(LocalDate.ofInstant(at, this.clock.getZone())).orElse(null),
					this.tickets.type().workingDays());
		}
		CheckAnswer answer = new CheckAnswer(id, at, TEXT.format(at.atZone(this.clock.getZone())), scenario.name(),
				scenario.label(), department.code(), department.name(), answers, sanctions, incentives, ticket);
		List<Integer> indexes = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (SubjectAnswer subject : answers) {
			for (AppliedMeasure measure : named(subject)) {
				indexes.add(subject.index());
				codes.add(measure.code());
			}
		}
		var row = new CheckStore.Row(id, department.code(), scenario.name(), key, digest, at, actor, answers.size(),
				sanctions, incentives, requestJson, this.json.writeValueAsString(answer),
				(ticket != null) ? ticket.due() : null);
		// the check's audit record (a read of credit data) is stored with it
		AuditEntry read = AuditEntry.read("measures.check", "credit-check", Long.toString(id))
			.subject((answers.size() == 1) ? answers.get(0).subjectCode() : null)
			.details(department.code() + " 核查（" + scenario.name() + "）：" + answers.size() + "个主体，" + sanctions
					+ "项惩戒措施，" + incentives + "项激励措施");
		return new CheckRounds.Composed(new CheckRounds.Entry(row, indexes, codes, new AttributedEntry(read, origin)),
				answer);
	}

	@Transactional(readOnly = true)
	public CheckAnswer find(long id) {
		return read(stored(id));
	}

	/** The feedback given for a check, if any. */
	@Transactional(readOnly = true)
	public List<FeedbackLine> feedbackOf(long id) {
		stored(id);
		return this.store.feedbackOf(id);
	}

	/** Recomputes the check as of its instant and compares it with the answer given. */
	@Transactional
	public Replay replay(long id) {
		CheckStore.Stored stored = stored(id);
		CheckAnswer original = read(stored.answer());
		StoredRequest request = this.json.readValue(stored.request(), StoredRequest.class);
		List<SubjectAnswer> answers = this.engine.answer(Scenario.valueOf(request.scenario()),
				QueryParser.parse(request.subjects()), stored.checkedAt());
		CheckAnswer replayed = original.withSubjects(answers);
		this.audit.record(AuditEntry.read("measures.check.replay", "credit-check", Long.toString(id)));
		return new Replay(id, original.subjects().equals(answers), original, replayed);
	}

	/**
	 * The department's report of what it did with each measure the check named; every
	 * named measure is reported once, a measure not applied with the reason. Completes
	 * the feedback task.
	 */
	@Transactional
	public CheckAnswer feedback(long id, List<FeedbackLine> lines) {
		CheckStore.Stored stored = this.store.lock(id).orElseThrow(() -> noSuchCheck(id));
		CheckAnswer answer = read(stored);
		if (answer.ticket() == null) {
			throw new DomainException("GX-MEA-016", ProblemKind.CONFLICT,
					"The check named no measure, so no feedback is expected.");
		}
		if (stored.feedbackAt() != null) {
			throw new DomainException("GX-MEA-015", ProblemKind.CONFLICT, "Feedback for this check was already given.");
		}
		Set<String> expected = new HashSet<>();
		answer.subjects()
			.forEach(subject -> named(subject).forEach(m -> expected.add(subject.index() + "/" + m.code())));
		Set<String> given = new HashSet<>();
		for (FeedbackLine line : (lines == null) ? List.<FeedbackLine>of() : lines) {
			String key = line.subjectIndex() + "/" + line.measureCode();
			if (!expected.contains(key) || !given.add(key)) {
				throw new DomainException("GX-MEA-014", ProblemKind.BAD_REQUEST,
						"Feedback must report each measure the check named exactly once.",
						Map.of("subjectIndex", line.subjectIndex(), "measure", String.valueOf(line.measureCode())));
			}
			if (!line.applied() && (line.note() == null || line.note().isBlank())) {
				throw new DomainException("GX-MEA-014", ProblemKind.BAD_REQUEST,
						"A measure not applied needs the reason.", Map.of("measure", line.measureCode()));
			}
		}
		if (!given.equals(expected)) {
			throw new DomainException("GX-MEA-014", ProblemKind.BAD_REQUEST,
					"Feedback must report each measure the check named exactly once.", Map.of("missing",
							String.join(", ", expected.stream().filter(k -> !given.contains(k)).sorted().toList())));
		}
		Instant now = this.clock.instant();
		this.store.feedback(id, lines, ActingUser.currentName(), now);
		long applied = lines.stream().filter(FeedbackLine::applied).count();
		long task = (stored.taskId() != null) ? stored.taskId()
				: this.tickets.open(answer, LocalDate.ofInstant(stored.checkedAt(), this.clock.getZone())).id();
		this.store.taskOpened(id, task);
		this.inbox.complete(task, "已反馈：实施" + applied + "项，未实施" + (lines.size() - applied) + "项");
		this.audit.record(AuditEntry.change("measures.feedback", "credit-check", Long.toString(id))
			.after("applied " + applied + " of " + lines.size()));
		return answer;
	}

	/** Recent checks, newest first; one department or all. */
	@Transactional(readOnly = true)
	public List<CheckAnswer> recent(String departmentCode, Long beforeId, int limit) {
		return this.store
			.recent(departmentCode, (beforeId == null) ? Long.MAX_VALUE : beforeId, Math.max(1, Math.min(limit, 100)))
			.stream()
			.map(this::read)
			.toList();
	}

	/** Feedback figures per department, measure or scenario; one department or all. */
	@Transactional(readOnly = true)
	public List<FeedbackFigures> statistics(String grouping, String departmentCode) {
		CheckStore.Grouping by = switch ((grouping == null) ? "department"
				: grouping.toLowerCase(java.util.Locale.ROOT)) {
			case "department" -> CheckStore.Grouping.DEPARTMENT;
			case "measure" -> CheckStore.Grouping.MEASURE;
			case "scenario" -> CheckStore.Grouping.SCENARIO;
			default -> throw new DomainException("GX-MEA-018", ProblemKind.BAD_REQUEST,
					"Group statistics by department, measure or scenario.");
		};
		Map<String, String> measureNames = new java.util.HashMap<>();
		this.measures.inForceNow().forEach(m -> measureNames.put(m.code(), m.name()));
		return this.store.figures(by, departmentCode, LocalDate.now(this.clock), this.clock.getZone())
			.stream()
			.map(f -> new FeedbackFigures(f.key(), switch (by) {
				case DEPARTMENT -> this.providers.find(f.key()).map(Provider::name).orElse(f.key());
				case MEASURE -> measureNames.getOrDefault(f.key(), f.key());
				case SCENARIO -> Scenario.valueOf(f.key()).label();
			}, f.checks(), f.measures(), f.applied(), f.notApplied(), f.pending(), f.overdue()))
			.toList();
	}

	/** The inbox task of a check's ticket, once it is open. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> taskOf(long id) {
		return java.util.Optional.ofNullable(stored(id).taskId());
	}

	private static List<AppliedMeasure> named(SubjectAnswer subject) {
		List<AppliedMeasure> all = new ArrayList<>(subject.sanctions());
		all.addAll(subject.incentives());
		return all.stream().filter(distinctCode(new HashSet<>())).toList();
	}

	private static java.util.function.Predicate<AppliedMeasure> distinctCode(Set<String> seen) {
		return measure -> seen.add(measure.code());
	}

	private Provider department(String code) {
		if (code == null || code.isBlank()) {
			throw new DomainException("GX-MEA-017", ProblemKind.BAD_REQUEST,
					"Name the department whose work the check is for.");
		}
		// every check names its department: a minute-old name is good enough for the
		// answer
		Instant now = this.clock.instant();
		KnownDepartment known = this.departments.get(code.strip());
		if (known != null && known.until().isAfter(now)) {
			return known.provider();
		}
		Provider provider = this.providers.find(code.strip())
			.orElseThrow(() -> new DomainException("GX-MEA-010", ProblemKind.RULE_VIOLATION, "No such department.",
					Map.of("department", code)));
		this.departments.put(provider.code(), new KnownDepartment(provider, now.plusSeconds(60)));
		return provider;
	}

	private record KnownDepartment(Provider provider, Instant until) {
	}

	private CheckStore.Stored stored(long id) {
		return this.store.find(id).orElseThrow(() -> noSuchCheck(id));
	}

	private static DomainException noSuchCheck(long id) {
		return new DomainException("GX-MEA-011", ProblemKind.NOT_FOUND, "No such check.", Map.of("check", id));
	}

	private CheckAnswer read(String answer) {
		return this.json.readValue(answer, CheckAnswer.class);
	}

	/**
	 * The answer as given, with the feedback's due day where it was set after the answer
	 * (the holiday notice of the period's year was loaded later).
	 */
	private CheckAnswer read(CheckStore.Stored stored) {
		CheckAnswer answer = read(stored.answer());
		Ticket ticket = answer.ticket();
		if (ticket == null || ticket.due() != null || stored.feedbackDue() == null) {
			return answer;
		}
		return answer.withTicket(ticket.withDue(stored.feedbackDue()));
	}

}
