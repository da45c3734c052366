package io.gongxin.security;

import java.util.Optional;

/**
 * Checks the unified social credit code an enterprise user (法人用户) is bound to beyond its
 * form. The identifier module implements it: security cannot depend on that module, which
 * depends on this one.
 */
public interface OrganisationCodeCheck {

	/**
	 * Why the code cannot identify the organisation an account acts for, or empty when it
	 * can.
	 * @param uscc 18 upper-case characters of the code's form
	 */
	Optional<String> problem(String uscc);

}
