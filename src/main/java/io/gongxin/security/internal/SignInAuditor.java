package io.gongxin.security.internal;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins are security-relevant changes of state: they go into the
 * audit chain.
 */
@Component
class SignInAuditor {

	private final AuditLog audit;

	SignInAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.audit.record(AuditEntry.change("security.signin", "user", event.getAuthentication().getName()));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String attempted = event.getAuthentication().getName();
		SystemActor.runAs("signin-guard",
				() -> this.audit.record(AuditEntry.change("security.signin.failed", "user", attempted)
					.details(event.getException().getClass().getSimpleName())));
	}

}
