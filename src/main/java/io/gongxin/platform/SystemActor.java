package io.gongxin.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (scheduled jobs, demo data, start-up commands) under a
 * named system identity, so that the audit log can still say who did it.
 */
public final class SystemActor {

	public static final String PREFIX = "system:";

	private SystemActor() {
	}

	public static <T> T callAs(String name, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PREFIX + name, null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(String name, Runnable work) {
		callAs(name, () -> {
			work.run();
			return null;
		});
	}

}
