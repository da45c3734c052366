package io.gongxin.security.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.Sha256;
import io.gongxin.security.Accounts;
import io.gongxin.security.Actor;
import io.gongxin.security.CitizenIdCheck;
import io.gongxin.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns who the identity provider vouches for into a platform account: a person (个人用户)
 * bound to the citizen id of the configured claim, or an enterprise user (法人用户) bound to
 * the USCC of its claim. Whoever the claims do not identify is refused with a reason the
 * sign-in page explains ({@link Refusal}); the claims' values never reach a log or an
 * exception message.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** Why a sign-in was refused: the error code and the query value of the notice. */
	enum Refusal {

		USER_TYPE("user-type"), CITIZEN_ID_MISSING("citizen-id-missing"), CITIZEN_ID_INVALID("citizen-id-invalid"),
		USCC_MISSING("uscc-missing"), USCC_INVALID("uscc-invalid");

		final String reason;

		Refusal(String reason) {
			this.reason = reason;
		}

		String errorCode() {
			return "gongxin_" + this.reason.replace('-', '_');
		}

		static Optional<Refusal> of(String errorCode) {
			for (Refusal refusal : values()) {
				if (refusal.errorCode().equals(errorCode)) {
					return Optional.of(refusal);
				}
			}
			return Optional.empty();
		}

	}

	private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

	private final OidcSettings settings;

	private final ObjectProvider<CitizenIdCheck> citizenIds;

	private final Accounts accounts;

	OidcAccounts(OidcSettings settings, ObjectProvider<CitizenIdCheck> citizenIds, Accounts accounts) {
		this(new OidcUserService(), settings, citizenIds, accounts);
	}

	OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> delegate, OidcSettings settings,
			ObjectProvider<CitizenIdCheck> citizenIds, Accounts accounts) {
		this.delegate = delegate;
		this.settings = settings;
		this.citizenIds = citizenIds;
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser signedIn = this.delegate.loadUser(request);
		String issuer = request.getClientRegistration().getProviderDetails().getIssuerUri();
		return account(signedIn.getClaims(), issuer, signedIn);
	}

	OidcAccount account(Map<String, Object> claims, String issuer, OidcUser signedIn) {
		Role role = role(claims);
		String name = text(claims, this.settings.nameClaim);
		if (role == Role.PERSON) {
			String raw = text(claims, this.settings.citizenIdClaim);
			if (raw == null) {
				throw refused(Refusal.CITIZEN_ID_MISSING);
			}
			String citizenId = this.citizenIds.orderedStream()
				.findFirst()
				.flatMap(check -> check.canonical(raw))
				.orElseThrow(() -> refused(Refusal.CITIZEN_ID_INVALID));
			// the account's name goes into the audit log: a digest of the id, never the
			// id
			Actor actor = new Actor("person:" + Sha256.hex("gongxin-person|" + citizenId).substring(0, 16), Role.PERSON,
					null, null, citizenId);
			return new OidcAccount(actor, (name == null) ? Role.PERSON.label() : name, signedIn);
		}
		String raw = text(claims, this.settings.usccClaim);
		if (raw == null) {
			throw refused(Refusal.USCC_MISSING);
		}
		String uscc;
		try {
			uscc = this.accounts.organisationCode(raw);
		}
		catch (DomainException ex) {
			throw refused(Refusal.USCC_INVALID);
		}
		// several people act for one organisation: each keeps a name of their own, which
		// pages that name who acted show beside the organisation's code; no local account
		// name has a slash
		String subject = String.valueOf(claims.get("sub"));
		Actor actor = new Actor(
				uscc + "/" + Sha256.hex(issuer + "|" + subject).substring(0, 8).toUpperCase(Locale.ROOT),
				Role.ENTERPRISE, null, uscc);
		return new OidcAccount(actor, (name == null) ? Role.ENTERPRISE.label() : name, signedIn);
	}

	/**
	 * A person or an enterprise user, as the user-type claim says; without that claim, an
	 * enterprise user when a USCC is claimed, else a person.
	 */
	private Role role(Map<String, Object> claims) {
		String type = text(claims, this.settings.userTypeClaim);
		if (type == null) {
			return (text(claims, this.settings.usccClaim) != null) ? Role.ENTERPRISE : Role.PERSON;
		}
		String normalised = type.toLowerCase(Locale.ROOT);
		if (normalised.equals(this.settings.personType.toLowerCase(Locale.ROOT))) {
			return Role.PERSON;
		}
		if (normalised.equals(this.settings.enterpriseType.toLowerCase(Locale.ROOT))) {
			return Role.ENTERPRISE;
		}
		throw refused(Refusal.USER_TYPE);
	}

	private static String text(Map<String, Object> claims, String claim) {
		Object value = claims.get(claim);
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static OAuth2AuthenticationException refused(Refusal refusal) {
		return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode()),
				"Sign-in refused: " + refusal.reason);
	}

}
