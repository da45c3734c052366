package io.gongxin.security;

import java.util.Objects;

import io.gongxin.platform.ActingUser;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated caller: a person signed in with a password or through the identity
 * provider, or a machine using an API key.
 *
 * @param name user name, or {@code apikey:<name>} for machines; never a citizen id
 * @param role the single role of the account
 * @param departmentCode the provider department (or bank) the account acts for;
 * {@code null} for credit office staff
 * @param uscc the unified social credit code of the organisation an enterprise user acts
 * for; {@code null} for every other role
 * @param citizenId the canonical citizen id of the natural person a person user is;
 * {@code null} for every other role. Personal data: never logged, shown masked.
 */
public record Actor(String name, Role role, String departmentCode, String uscc,
		String citizenId) implements ActingUser.Source, AuthenticatedPrincipal {

	public Actor(String name, Role role, String departmentCode) {
		this(name, role, departmentCode, null, null);
	}

	public Actor(String name, Role role, String departmentCode, String uscc) {
		this(name, role, departmentCode, uscc, null);
	}

	public Actor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		if (role.departmentBound() && (departmentCode == null || departmentCode.isBlank())) {
			throw new IllegalArgumentException(role + " accounts must belong to a department");
		}
		if (role == Role.ENTERPRISE && (uscc == null || uscc.isBlank())) {
			throw new IllegalArgumentException(role + " accounts must be bound to an organisation");
		}
		if (role == Role.PERSON && (citizenId == null || citizenId.isBlank())) {
			throw new IllegalArgumentException(role + " accounts must be bound to a natural person");
		}
		if (role != Role.PERSON && citizenId != null) {
			throw new IllegalArgumentException(role + " accounts are not bound to a natural person");
		}
	}

	/** Who acts, as the capabilities see it: no role, which only security checks. */
	@Override
	public ActingUser actingUser() {
		return new ActingUser(this.name, null, this.departmentCode, this.uscc);
	}

	/**
	 * The account name wherever Spring Security or the servlet container asks a principal
	 * its name (authentication events, {@code Authentication.getName()}): the stable
	 * name, never the record's {@code toString()}.
	 */
	@Override
	public String getName() {
		return this.name;
	}

	public boolean is(Role other) {
		return this.role == other;
	}

	/** Without the citizen id: principals end up in debug logs. */
	@Override
	public String toString() {
		return "Actor[name=" + this.name + ", role=" + this.role + ", departmentCode=" + this.departmentCode + ", uscc="
				+ this.uscc + ((this.citizenId != null) ? ", citizenId=***" : "") + "]";
	}

}
