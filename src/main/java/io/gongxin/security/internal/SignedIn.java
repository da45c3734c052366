package io.gongxin.security.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The name the page header shows for whoever is signed in: the account name of staff, the
 * real name of someone signed in through the identity provider (whose account name is a
 * digest no person reads). Pages call it as {@code ${@signedIn.name(#authentication)}}.
 */
@Component("signedIn")
class SignedIn {

	public String name(Authentication authentication) {
		if (authentication == null) {
			return "";
		}
		if (authentication.getPrincipal() instanceof OidcAccount account) {
			return account.displayName();
		}
		return authentication.getName();
	}

}
