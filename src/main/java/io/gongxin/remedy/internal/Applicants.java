package io.gongxin.remedy.internal;

import java.util.Map;
import java.util.Optional;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.Applicant;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Who may file and follow a case: an enterprise user for its own organisation's records
 * only (the organisation taken from the account, never from the request); an officer at
 * the counter for anyone; a department for the cases about its own records.
 */
@Component
class Applicants {

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final DepartmentScope scope;

	Applicants(Subjects subjects, CreditFiles creditFiles, DepartmentScope scope) {
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.scope = scope;
	}

	/** The applicant for a filing about the record, as the caller may file it. */
	Applicant forRecord(long recordId, String name, String contact) {
		if (contact == null || contact.isBlank() || contact.length() > 200) {
			throw new DomainException("GX-REM-012", ProblemKind.BAD_REQUEST,
					"Leave a contact (telephone or address, at most 200 characters) for the written reply.");
		}
		if (isEnterprise()) {
			SubjectId own = ownOrganisation();
			CreditFileItem item = this.creditFiles.item(recordId)
				.filter(found -> found.subjectId().equals(own))
				.orElseThrow(Applicants::notOwn);
			return new Applicant(item.subjectName(), contact, Applicant.Channel.PORTAL);
		}
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new DomainException("GX-REM-013", ProblemKind.BAD_REQUEST,
					"Name the applicant the counter files for (at most 200 characters).");
		}
		return new Applicant(name, contact, Applicant.Channel.COUNTER);
	}

	/** Refuses an enterprise user a case about another organisation. */
	void requireMayRead(SubjectId subject, String providerCode) {
		Optional<Role> role = CurrentActor.get().map(actor -> actor.role());
		if (role.isEmpty()) {
			throw notOwn();
		}
		switch (role.get()) {
			case ENTERPRISE -> {
				if (!ownOrganisation().equals(subject)) {
					throw notOwn();
				}
			}
			case PROVIDER -> this.scope.require(providerCode);
			case OFFICER, REVIEWER, ADMIN -> {
			}
			default -> throw notOwn();
		}
	}

	/**
	 * The record's credit-file item, if the caller may act on it (see
	 * {@link #requireMayRead}).
	 */
	CreditFileItem record(long recordId) {
		CreditFileItem item = this.creditFiles.item(recordId)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND, "No such credit record."));
		requireMayRead(item.subjectId(), item.providerCode());
		return item;
	}

	boolean isEnterprise() {
		return CurrentActor.get().map(actor -> actor.role() == Role.ENTERPRISE).orElse(false);
	}

	SubjectId ownOrganisation() {
		String uscc = ActingUser.current().map(ActingUser::organisationUscc).orElseThrow(Applicants::notOwn);
		return this.subjects.findByKey(SubjectKey.uscc(uscc)).map(found -> found.id()).orElseThrow(Applicants::notOwn);
	}

	private static DomainException notOwn() {
		return new DomainException("GX-REM-008", ProblemKind.FORBIDDEN,
				"Only the organisation's own records, or those of one's department.", Map.of());
	}

}
