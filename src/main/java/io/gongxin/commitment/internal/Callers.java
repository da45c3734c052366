package io.gongxin.commitment.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.commitment.Commitment;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Who the caller acts for: an enterprise user for its own organisation (from the account,
 * never the request), a department clerk for its department, the credit office for any;
 * and the audit of lists that show natural persons' commitments.
 */
@Component
class Callers {

	private final Subjects subjects;

	private final DepartmentScope scope;

	private final AuditLog audit;

	Callers(Subjects subjects, DepartmentScope scope, AuditLog audit) {
		this.subjects = subjects;
		this.scope = scope;
		this.audit = audit;
	}

	SubjectId ownOrganisation() {
		String uscc = ActingUser.current().map(ActingUser::organisationUscc).orElseThrow(Callers::notRegistered);
		return this.subjects.findByKey(SubjectKey.uscc(uscc))
			.map(found -> found.id())
			.orElseThrow(Callers::notRegistered);
	}

	/**
	 * The department a list is for: a clerk's own (whatever was asked), the one asked for
	 * by the credit office, or {@code null} for all.
	 */
	String department(String asked) {
		return this.scope.listed(asked);
	}

	/** Refuses a commitment the caller may not see. */
	Commitment mayRead(Commitment c) {
		Role role = CurrentActor.get().map(actor -> actor.role()).orElse(null);
		if (role == Role.ENTERPRISE) {
			if (!ownOrganisation().equals(c.subjectId())) {
				throw new DomainException("GX-CMT-015", ProblemKind.FORBIDDEN,
						"Only the organisation's own commitments, or those of one's department.");
			}
		}
		else {
			this.scope.require(c.departmentCode());
		}
		listed("commitment.read", List.of(c));
		return c;
	}

	void requireDepartment(String departmentCode) {
		this.scope.require(departmentCode);
	}

	/** Records which persons' commitments a list showed. */
	List<Commitment> listed(String action, List<Commitment> shown) {
		List<String> persons = shown.stream().filter(Commitment::subjectIsPerson).map(Commitment::number).toList();
		if (!persons.isEmpty()) {
			this.audit.record(AuditEntry.read(action, "commitment", null).details(String.join(",", persons)));
		}
		return shown;
	}

	private static DomainException notRegistered() {
		return new DomainException("GX-CMT-016", ProblemKind.FORBIDDEN,
				"The account's organisation is not registered on the platform; commitments are signed for it once it is.",
				Map.of());
	}

}
