package io.gongxin.security.internal;

import java.util.Collection;
import java.util.List;

import io.gongxin.platform.ActingUser;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person: Spring Security's view of an account, carrying the platform's
 * {@link Actor}.
 */
record AccountUserDetails(Actor actor, String displayName, String passwordHash,
		boolean enabled) implements UserDetails, CurrentActor.ActorHolder, ActingUser.Source {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.role().authority()));
	}

	@Override
	public ActingUser actingUser() {
		String name = this.actor.name();
		String label = (this.displayName == null || this.displayName.isBlank() || this.displayName.equals(name)) ? name
				: this.displayName + "（" + name + "）";
		return new ActingUser(name, label, this.actor.departmentCode(), this.actor.uscc());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.name();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "AccountUserDetails[" + this.actor + "]";
	}

}
