package io.gongxin.support;

import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;

/**
 * Issues real API keys through the accounts facade, for tests that call endpoints as a
 * given role.
 */
public final class ApiKeys {

	private ApiKeys() {
	}

	public static String issue(Accounts accounts, Role role, String department) {
		return SystemActor.callAs("test",
				() -> accounts
					.issueApiKey("test-" + role.name().toLowerCase() + "-" + System.nanoTime(), role, department)
					.secret());
	}

}
