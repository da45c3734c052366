package io.gongxin.evaluation.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** The organisation a path names by its credit code. */
@Component
class Organisations {

	private final Subjects subjects;

	Organisations(Subjects subjects) {
		this.subjects = subjects;
	}

	/** An organisation by its USCC; persons are never evaluated. */
	Subject organisation(String code) {
		String uscc = (code == null) ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!uscc.matches("[0-9A-Z]{18}")) {
			throw new DomainException("GX-EVA-006", ProblemKind.BAD_REQUEST,
					"Name the organisation by its 18-character unified social credit code.", Map.of("code", uscc));
		}
		return this.subjects.findByKey(SubjectKey.uscc(uscc))
			.filter(subject -> !subject.type().isPerson())
			.orElseThrow(() -> new DomainException("GX-EVA-007", ProblemKind.NOT_FOUND,
					"No organisation with this credit code is registered.", Map.of("code", uscc)));
	}

}
