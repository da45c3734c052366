package io.gongxin.security;

import java.util.Optional;

/**
 * Checks the citizen id a person signing in through the identity provider is bound to.
 * The identifier module implements it: security cannot depend on that module, which
 * depends on this one.
 */
public interface CitizenIdCheck {

	/**
	 * The canonical 18-character form of a valid citizen id (GB 11643-1999; a legacy
	 * 15-digit number converted), or empty when the value is not one.
	 */
	Optional<String> canonical(String raw);

}
