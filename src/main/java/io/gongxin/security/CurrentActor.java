package io.gongxin.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the caller of the current request.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		if (principal instanceof ActorHolder holder) {
			return Optional.of(holder.actor());
		}
		return Optional.empty();
	}

	/** Implemented by principals that carry an {@link Actor}. */
	public interface ActorHolder {

		Actor actor();

	}

}
