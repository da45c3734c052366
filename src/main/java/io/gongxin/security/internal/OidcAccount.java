package io.gongxin.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.ActingUser;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An enterprise or person user signed in through the identity provider: Spring Security's
 * view of the OpenID Connect sign-in, carrying the platform's {@link Actor}. Its name is
 * the actor's stable name, never a claim of the identity provider.
 */
final class OidcAccount implements OidcUser, CurrentActor.ActorHolder, ActingUser.Source {

	private final Actor actor;

	private final String displayName;

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	private final Map<String, Object> claims;

	OidcAccount(Actor actor, String displayName, OidcUser signedIn) {
		this.actor = actor;
		this.displayName = displayName;
		this.idToken = signedIn.getIdToken();
		this.userInfo = signedIn.getUserInfo();
		this.claims = Map.copyOf(signedIn.getClaims());
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	/** The name people see: the real name the identity provider vouches for. */
	String displayName() {
		return this.displayName;
	}

	@Override
	public ActingUser actingUser() {
		return new ActingUser(this.actor.name(), this.displayName, this.actor.departmentCode(), this.actor.uscc());
	}

	@Override
	public String getName() {
		return this.actor.name();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.role().authority()));
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.claims;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.claims;
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	/** Without the claims: they carry the citizen id, and principals end up in logs. */
	@Override
	public String toString() {
		return "OidcAccount[" + this.actor + "]";
	}

}
