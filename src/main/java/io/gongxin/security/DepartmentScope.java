package io.gongxin.security;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;

/**
 * Department scope: provider clerks and banks act only for their own department; credit
 * office roles see all. Usable in {@code @PreAuthorize("@departmentScope.allows(#code)")}
 * or called directly.
 */
@Component("departmentScope")
public class DepartmentScope {

	public boolean allows(String departmentCode) {
		return CurrentActor.get().map(actor -> allows(actor, departmentCode)).orElse(false);
	}

	public static boolean allows(Actor actor, String departmentCode) {
		return switch (actor.role()) {
			case OFFICER, REVIEWER, ADMIN -> true;
			case PROVIDER, BANK -> actor.departmentCode().equalsIgnoreCase(String.valueOf(departmentCode));
			// an agency acts for itself, never for a department
			case ENTERPRISE, AGENCY, PERSON -> false;
		};
	}

	/**
	 * The department a list is for: a clerk's own (whatever was asked), the one asked for
	 * by the credit office, or {@code null} for all.
	 */
	public String listed(String asked) {
		Actor actor = CurrentActor.get().orElse(null);
		if (actor != null && actor.role() == Role.PROVIDER) {
			return actor.departmentCode();
		}
		return (asked == null || asked.isBlank()) ? null : asked.strip();
	}

	/** Throws {@code GX-SEC-003} unless the caller may act for the department. */
	public void require(String departmentCode) {
		if (!allows(departmentCode)) {
			throw new DomainException("GX-SEC-003", ProblemKind.FORBIDDEN, "You may only act for your own department.",
					Map.of("department", String.valueOf(departmentCode)));
		}
	}

}
