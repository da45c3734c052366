package io.gongxin.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.platform.ActingUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did an audited action, from where and when. Taken on the thread that acts, so an
 * entry appended later in a group (see {@link AuditLog#recordAll}) names the real actor
 * rather than the thread that writes the group.
 *
 * @param at when the action happened
 * @param actor the signed-in user, API key or system actor
 * @param roles the actor's authorities, sorted and comma-separated
 * @param clientAddress the caller's address, when the action came over HTTP
 */
public record AuditOrigin(Instant at, String actor, String roles, String clientAddress) {

	public AuditOrigin {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		roles = (roles == null) ? "" : roles;
	}

	/** The origin of an action happening now on this thread. */
	public static AuditOrigin current(Clock clock) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		String roles = (who != null) ? who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(",")) : "";
		String client = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			client = request.getRemoteAddr();
		}
		return new AuditOrigin(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ActingUser.currentName(), roles,
				client);
	}

}
