package io.gongxin.measures.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.identifier.CitizenId;
import io.gongxin.commitment.CommitmentWarning;
import io.gongxin.commitment.Commitments;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.Lists;
import io.gongxin.lists.Representation;
import io.gongxin.measures.AppliedMeasure;
import io.gongxin.measures.Candidate;
import io.gongxin.measures.Grounds;
import io.gongxin.measures.Match;
import io.gongxin.measures.PreEventWarning;
import io.gongxin.measures.Measure;
import io.gongxin.measures.MeasureTarget;
import io.gongxin.measures.Measures;
import io.gongxin.measures.Scenario;
import io.gongxin.measures.SubjectAnswer;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Computes a check's answer from the subject register, the list entries and the measures
 * in force at one instant. The same inputs at the same instant give the same answer,
 * which is what makes a stored answer replayable.
 */
@Component
public class CheckEngine {

	private final Subjects subjects;

	private final Lists lists;

	private final Measures measures;

	private final SuspensionStore suspensions;

	private final Commitments commitments;

	private final SqlPipeline pipeline;

	CheckEngine(Subjects subjects, Lists lists, Measures measures, SuspensionStore suspensions, Commitments commitments,
			SqlPipeline pipeline) {
		this.pipeline = pipeline;
		this.commitments = commitments;
		this.suspensions = suspensions;
		this.subjects = subjects;
		this.lists = lists;
		this.measures = measures;
	}

	/** One check's question: its scenario and its parsed subjects. */
	public record Ask(Scenario scenario, List<ParsedQuery> queries) {
	}

	public List<SubjectAnswer> answer(Scenario scenario, List<ParsedQuery> queries, Instant at) {
		return answerAll(List.of(new Ask(scenario, queries)), at).get(0);
	}

	/**
	 * Answers several checks at the same instant with one read of each kind for all of
	 * them (the subjects by key, the represented organisations, the list entries, the
	 * suspensions and the commitment warnings); each answer is the one the check alone
	 * would get at that instant.
	 */
	public List<List<SubjectAnswer>> answerAll(List<Ask> asks, Instant at) {
		List<Measure> inForce = this.measures.inForce(at).stream().sorted(Comparator.comparing(Measure::code)).toList();
		List<SubjectKey> keys = asks.stream()
			.flatMap(ask -> ask.queries().stream())
			.map(ParsedQuery::key)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		// Two round trips to the database for the whole round: first what the keys name,
		// then what counts against the subjects found. Each owner's statement goes in the
		// trip (SqlPipeline); the lists facade sends nothing when no key is a citizen id.
		// The round's reads are key lookups by arrays of keys: left to choose, PostgreSQL
		// planned them afresh every time (a plan for an array of unknown length looked
		// dearer than one for the array at hand), and for the subjects by key planning
		// cost half as much again as running it; so the trip first asks for generic
		// plans.
		PipelinedSql<Void> genericPlans = PipelinedSql.command("SET LOCAL plan_cache_mode = force_generic_plan");
		PipelinedSql<Map<SubjectKey, Subject>> subjectsSql = this.subjects.byKeysSql(keys);
		PipelinedSql<Map<SubjectKey, List<Representation>>> rolesSql = this.lists.representedBySql(keys, at);
		SqlPipeline.Answers named = this.pipeline.all(List.of(genericPlans, subjectsSql, rolesSql));
		Map<SubjectKey, Subject> byKey = named.of(subjectsSql);
		Map<SubjectKey, List<Representation>> roles = named.of(rolesSql);
		List<Resolved> resolved = new ArrayList<>(asks.size());
		Set<SubjectId> ids = new HashSet<>();
		for (Ask ask : asks) {
			Resolved one = resolve(ask.queries(), byKey, roles);
			one.matched().values().forEach(subject -> ids.add(subject.id()));
			one.represented().values().forEach(list -> list.forEach(role -> ids.add(role.organisation())));
			resolved.add(one);
		}
		PipelinedSql<Map<SubjectId, List<ListEntry>>> entriesSql = this.lists.inForceSql(ids, at);
		PipelinedSql<Map<SubjectId, String>> suspendedSql = this.suspensions.inForce(ids, at);
		PipelinedSql<Map<SubjectId, List<CommitmentWarning>>> warningsSql = this.commitments.warningsSql(ids, at);
		SqlPipeline.Answers standing = this.pipeline.all(List.of(entriesSql, suspendedSql, warningsSql));
		Map<SubjectId, List<ListEntry>> entries = standing.of(entriesSql);
		Map<SubjectId, String> suspended = standing.of(suspendedSql);
		Map<SubjectId, List<CommitmentWarning>> commitmentWarnings = standing.of(warningsSql);
		List<List<SubjectAnswer>> answers = new ArrayList<>(asks.size());
		for (int i = 0; i < asks.size(); i++) {
			Scenario scenario = asks.get(i).scenario();
			List<Measure> applicable = inForce.stream().filter(m -> m.scenarios().contains(scenario)).toList();
			answers.add(compose(asks.get(i).queries(), resolved.get(i), applicable, entries, suspended,
					commitmentWarnings));
		}
		return answers;
	}

	/**
	 * Which subject each query names, the candidates of ambiguous names, and roles held.
	 */
	private record Resolved(Map<Integer, Subject> matched, Map<Integer, List<Candidate>> candidates,
			Map<Integer, List<Representation>> represented) {
	}

	private Resolved resolve(List<ParsedQuery> queries, Map<SubjectKey, Subject> byKey,
			Map<SubjectKey, List<Representation>> roles) {
		Map<Integer, Subject> matched = new LinkedHashMap<>();
		Map<Integer, List<Candidate>> candidates = new LinkedHashMap<>();
		Map<Integer, List<Representation>> represented = new LinkedHashMap<>();
		for (ParsedQuery query : queries) {
			if (query.key() != null) {
				Subject subject = byKey.get(query.key());
				if (subject != null) {
					matched.put(query.index(), subject);
				}
				if (query.key().kind() == SubjectKey.Kind.CITIZEN_ID) {
					represented.put(query.index(), roles.getOrDefault(query.key(), List.of()));
				}
			}
			else {
				List<SubjectHit> hits = this.subjects.search(query.name(), Subjects.Audience.PUBLIC, 10);
				List<SubjectHit> exact = hits.stream().filter(hit -> sameName(hit.name(), query.name())).toList();
				if (exact.size() == 1) {
					matched.put(query.index(), this.subjects.get(exact.get(0).id()));
				}
				else {
					candidates.put(query.index(),
							(exact.isEmpty() ? hits : exact).stream()
								.map(hit -> new Candidate(hit.name(), hit.displayKey(), hit.type().label()))
								.toList());
				}
			}
		}
		return new Resolved(matched, candidates, represented);
	}

	private static List<SubjectAnswer> compose(List<ParsedQuery> queries, Resolved resolved, List<Measure> applicable,
			Map<SubjectId, List<ListEntry>> entries, Map<SubjectId, String> suspended,
			Map<SubjectId, List<CommitmentWarning>> commitmentWarnings) {
		Map<Integer, Subject> matched = resolved.matched();
		Map<Integer, List<Candidate>> candidates = resolved.candidates();
		Map<Integer, List<Representation>> represented = resolved.represented();
		List<SubjectAnswer> answers = new ArrayList<>(queries.size());
		for (ParsedQuery query : queries) {
			Subject subject = matched.get(query.index());
			List<AppliedMeasure> sanctions = new ArrayList<>();
			List<AppliedMeasure> incentives = new ArrayList<>();
			boolean discredited = false;
			if (subject != null) {
				for (ListEntry entry : entries.getOrDefault(subject.id(), List.of())) {
					discredited |= entry.kind().punitive();
					collect(applicable, entry, MeasureTarget.SUBJECT, "本主体", sanctions, incentives);
				}
			}
			for (Representation role : represented.getOrDefault(query.index(), List.of())) {
				String via = role.role().label() + "（" + role.organisationName() + "）";
				for (ListEntry entry : entries.getOrDefault(role.organisation(), List.of())) {
					if (entry.kind().punitive()) {
						discredited = true;
						collect(applicable, entry, MeasureTarget.of(role.role()), via, sanctions, incentives);
					}
				}
			}
			if (discredited) {
				// 守信激励 never goes to a subject a discredit entry counts against
				incentives.clear();
			}
			List<AppliedMeasure> suspendedSanctions = List.of();
			String suspension = (subject != null) ? suspended.get(subject.id()) : null;
			if (suspension != null) {
				// the measures are named, so the department sees what is suspended and
				// why
				suspendedSanctions = List.copyOf(sanctions);
				sanctions.clear();
			}
			Match match = (subject != null) ? Match.MATCHED
					: candidates.getOrDefault(query.index(), List.of()).isEmpty() ? Match.NOT_FOUND : Match.AMBIGUOUS;
			String code = (subject == null) ? null : subject.currentKey().value();
			if (code != null && subject.type().isPerson()) {
				code = CitizenId.mask(code);
			}
			answers.add(new SubjectAnswer(query.index(), query.display(), match, match.label(),
					(subject == null) ? null : subject.name(), code, (subject == null) ? null : subject.type().label(),
					candidates.getOrDefault(query.index(), List.of()), sanctions, incentives, suspendedSanctions,
					suspension, (subject != null) ? warnings(entries.getOrDefault(subject.id(), List.of()),
							commitmentWarnings.getOrDefault(subject.id(), List.of())) : List.of()));
		}
		return answers;
	}

	/**
	 * 事前信用预警 for a matched subject: commitments it broke or left unverified past their
	 * deadline, and the punitive lists it is on (whether or not a measure of the scenario
	 * rests on them).
	 */
	private static List<PreEventWarning> warnings(List<ListEntry> entries, List<CommitmentWarning> commitments) {
		List<PreEventWarning> warnings = new ArrayList<>();
		for (CommitmentWarning c : commitments) {
			warnings.add(new PreEventWarning(
					(c.kind() == CommitmentWarning.Kind.BROKEN) ? "COMMITMENT_BROKEN" : "COMMITMENT_OVERDUE",
					c.kind().label(), c.text(), c.number(), c.since()));
		}
		for (ListEntry entry : entries) {
			if (entry.kind().punitive()) {
				warnings.add(new PreEventWarning("LISTED", "列入" + entry.kind().label(),
						entry.enteredOn() + " 由" + entry.authority() + "列入" + entry.listName(),
						Long.toString(entry.id()), entry.enteredOn()));
			}
		}
		return warnings;
	}

	private static void collect(List<Measure> applicable, ListEntry entry, MeasureTarget target, String via,
			List<AppliedMeasure> sanctions, List<AppliedMeasure> incentives) {
		for (Measure measure : applicable) {
			if (measure.triggeredBy(entry.kind(), entry.listName()) && measure.targets().contains(target)) {
				AppliedMeasure applied = new AppliedMeasure(measure.code(), measure.revision(), measure.name(),
						measure.kind().name(), measure.kind().label(), measure.list().label(), measure.legalBasis(),
						measure.content(), measure.action(), measure.seeded(),
						new Grounds(entry.id(), entry.kind().name(), entry.kind().label(), entry.listName(),
								entry.subjectName(), entry.authority(), entry.basis(),
								entry.subjectType().isPerson() ? null : entry.reason(), entry.documentNumber(),
								entry.enteredOn(), entry.exitOn(), via));
				(measure.kind().punitive() ? sanctions : incentives).add(applied);
			}
		}
	}

	static boolean sameName(String a, String b) {
		return normal(a).equals(normal(b));
	}

	private static String normal(String name) {
		return name.strip().replace('（', '(').replace('）', ')').replace(" ", "");
	}

}
