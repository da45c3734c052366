package io.gongxin.security;

import java.util.Objects;

import io.gongxin.platform.ActingUser;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated caller: a person signed in with a password, or a machine using an API
 * key.
 *
 * @param name user name, or {@code apikey:<name>} for machines
 * @param role the single role of the account
 * @param departmentCode the provider department (or bank) the account acts for;
 * {@code null} for credit office staff
 * @param uscc the unified social credit code of the organisation an enterprise user acts
 * for; {@code null} for every other role
 */
public record Actor(String name, Role role, String departmentCode,
		String uscc) implements ActingUser.Source, AuthenticatedPrincipal {

	public Actor(String name, Role role, String departmentCode) {
		this(name, role, departmentCode, null);
	}

	public Actor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		if (role.departmentBound() && (departmentCode == null || departmentCode.isBlank())) {
			throw new IllegalArgumentException(role + " accounts must belong to a department");
		}
		if (role.subjectBound() && (uscc == null || uscc.isBlank())) {
			throw new IllegalArgumentException(role + " accounts must be bound to an organisation");
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

}
