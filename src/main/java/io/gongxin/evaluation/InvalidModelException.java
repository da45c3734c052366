package io.gongxin.evaluation;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/** A model definition that breaks a rule of models, with the rule in Chinese. */
public class InvalidModelException extends DomainException {

	public InvalidModelException(String reason) {
		super("GX-EVA-001", ProblemKind.RULE_VIOLATION, "The evaluation model is not valid: " + reason,
				Map.of("reason", reason));
	}

}
