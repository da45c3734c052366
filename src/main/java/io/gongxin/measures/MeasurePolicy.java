package io.gongxin.measures;

import java.util.Optional;

import io.gongxin.platform.ProblemKind;

/**
 * What a proposed measure must have: a legal basis (no measure without law, regulation or
 * central policy: 国办发〔2020〕49号), a name, content and action, scenarios and whom it lands
 * on; incentives are triggered by honor lists, sanctions by dishonesty lists.
 */
public final class MeasurePolicy {

	/** Why a proposal is refused, with its stable code. */
	public record Refusal(String code, ProblemKind kind, String message) {
	}

	private MeasurePolicy() {
	}

	public static Optional<Refusal> refusal(NewMeasure m) {
		if (m.legalBasis() == null || m.legalBasis().isBlank()) {
			return Optional.of(new Refusal("GX-MEA-002", ProblemKind.RULE_VIOLATION,
					"A measure needs its legal basis (law, regulation article or central policy document)."));
		}
		if (blank(m.code()) || !m.code().strip().matches("[A-Z]{2}-[0-9A-Z-]{1,20}") || blank(m.name())
				|| blank(m.content()) || blank(m.action()) || m.list() == null || m.kind() == null
				|| m.trigger() == null) {
			return Optional.of(new Refusal("GX-MEA-005", ProblemKind.BAD_REQUEST,
					"A measure needs a code like NB-08, its list, kind, name, content, action and trigger."));
		}
		if (m.scenarios().isEmpty() || m.targets().isEmpty()) {
			return Optional.of(new Refusal("GX-MEA-005", ProblemKind.BAD_REQUEST,
					"A measure needs at least one scenario and whom it lands on."));
		}
		if (m.kind().punitive() != m.trigger().punitive()) {
			return Optional.of(new Refusal("GX-MEA-006", ProblemKind.RULE_VIOLATION,
					"Incentives follow honor lists and sanctions follow dishonesty lists."));
		}
		return Optional.empty();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
