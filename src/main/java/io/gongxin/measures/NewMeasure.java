package io.gongxin.measures;

import java.util.List;
import java.util.Set;

import io.gongxin.lists.ListKind;

/**
 * A measure proposed for the catalog, or a new revision of one (same code). Checked by
 * {@link Measures#propose}: a legal basis is required, and the kind must suit the
 * trigger.
 */
public record NewMeasure(String code, MeasureList list, MeasureKind kind, String name, String content, String action,
		String legalBasis, ListKind trigger, String listNameContains, Set<MeasureTarget> targets,
		Set<Scenario> scenarios, List<String> departments) {

	public NewMeasure {
		targets = (targets == null) ? Set.of() : Set.copyOf(targets);
		scenarios = (scenarios == null) ? Set.of() : Set.copyOf(scenarios);
		departments = (departments == null) ? List.of() : List.copyOf(departments);
	}

	public NewMeasure withCode(String newCode) {
		return new NewMeasure(newCode, this.list, this.kind, this.name, this.content, this.action, this.legalBasis,
				this.trigger, this.listNameContains, this.targets, this.scenarios, this.departments);
	}

}
