package io.gongxin.report.internal;

import java.util.Optional;

import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * The one organisation a signed-in enterprise user (法人用户) acts for, found by the USCC the
 * account is bound to. Never taken from the request.
 */
@Component
class OwnOrganisation {

	private final Subjects subjects;

	OwnOrganisation(Subjects subjects) {
		this.subjects = subjects;
	}

	ActingUser actor() {
		return ActingUser.current()
			.filter(actor -> actor.organisationUscc() != null)
			.orElseThrow(() -> new DomainException("GX-RPT-011", ProblemKind.FORBIDDEN,
					"Only an enterprise user prints its own organisation's reports."));
	}

	/** The organisation, if it is in the subject register yet. */
	Optional<Subject> find() {
		return this.subjects.findByKey(SubjectKey.uscc(actor().organisationUscc()));
	}

	Subject require() {
		return find().orElseThrow(() -> new DomainException("GX-RPT-007", ProblemKind.NOT_FOUND,
				"Your organisation has no credit file on this platform yet."));
	}

}
