package io.gongxin.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.security.Role;

import org.springframework.security.core.GrantedAuthority;

/**
 * Where each role starts after signing in (unless a page sent it to sign in): the place
 * its daily work begins, not the public home page.
 */
final class StartPage {

	/**
	 * Most responsible role first: an account with several starts where the first one
	 * does.
	 */
	private static final List<Start> STARTS = List.of(new Start(Role.ADMIN, "/admin/users"),
			new Start(Role.OFFICER, "/quality"), new Start(Role.REVIEWER, "/inbox"),
			new Start(Role.PROVIDER, "/ingest"), new Start(Role.BANK, "/subscriptions"),
			new Start(Role.ENTERPRISE, "/my/reports"), new Start(Role.PERSON, "/my/file"));

	private record Start(Role role, String path) {
	}

	private StartPage() {
	}

	static String of(Collection<? extends GrantedAuthority> authorities) {
		Set<String> held = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return STARTS.stream()
			.filter(start -> held.contains(start.role().authority()))
			.map(Start::path)
			.findFirst()
			.orElse("/");
	}

}
