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
			case ENTERPRISE -> false;
		};
	}

	/** Throws {@code GX-SEC-003} unless the caller may act for the department. */
	public void require(String departmentCode) {
		if (!allows(departmentCode)) {
			throw new DomainException("GX-SEC-003", ProblemKind.FORBIDDEN, "You may only act for your own department.",
					Map.of("department", String.valueOf(departmentCode)));
		}
	}

}
