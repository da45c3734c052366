package io.gongxin.measures;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.gongxin.lists.ListKind;

/**
 * One revision of a measure in the catalog.
 *
 * @param code stable across revisions, e.g. {@code NB-01}
 * @param content what the measure is (措施内容)
 * @param action what the implementing department must do in its work
 * @param legalBasis the law, regulation article or central policy it rests on
 * @param trigger the list whose entries trigger it
 * @param listNameContains narrows the trigger to lists whose name contains this text
 * @param targets whom it lands on
 * @param scenarios the work it applies in
 * @param departments the implementing departments, by name
 * @param seeded shipped from public sources and still to be checked against the current
 * official text
 */
public record Measure(long id, String code, int revision, MeasureList list, MeasureKind kind, String name,
		String content, String action, String legalBasis, ListKind trigger, String listNameContains,
		Set<MeasureTarget> targets, Set<Scenario> scenarios, List<String> departments, boolean seeded,
		MeasureState state, String proposedBy, Instant proposedAt, String reviewedBy, String reviewNote,
		Instant publishedAt, Instant retiredAt) {

	public Measure {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(state, "state");
		targets = Set.copyOf(targets);
		scenarios = Set.copyOf(scenarios);
		departments = List.copyOf(departments);
	}

	/** Whether this revision was in force at that instant. */
	public boolean inForce(Instant at) {
		return this.publishedAt != null && !this.publishedAt.isAfter(at)
				&& (this.retiredAt == null || this.retiredAt.isAfter(at));
	}

	public boolean triggeredBy(ListKind kind, String listName) {
		return this.trigger == kind && (this.listNameContains == null || this.listNameContains.isBlank()
				|| (listName != null && listName.contains(this.listNameContains)));
	}

}
