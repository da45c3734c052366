package io.gongxin.ingest.internal;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A file that cannot be read as a batch at all (no header, undecidable encoding, broken
 * structure).
 */
class IntakeException extends DomainException {

	IntakeException(String code, String message) {
		super(code, ProblemKind.RULE_VIOLATION, message);
	}

}
