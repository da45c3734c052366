package io.gongxin.security;

import java.util.List;
import java.util.UUID;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.internal.AccountStore;
import io.gongxin.security.internal.ApiKeyStore;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people and API keys of machines. Every change is audited.
 */
@Service
public class Accounts {

	private final AccountStore accounts;

	private final ApiKeyStore apiKeys;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	Accounts(AccountStore accounts, ApiKeyStore apiKeys, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	public record Account(String username, String displayName, Role role, String departmentCode, boolean enabled) {
	}

	public record ApiKeyInfo(UUID id, String name, String prefix, Role role, String departmentCode, String createdBy,
			java.time.Instant createdAt, java.time.Instant revokedAt, java.time.Instant lastUsedAt) {
	}

	@Transactional
	public Account createUser(String username, String displayName, String password, Role role, String departmentCode) {
		requireDepartment(role, departmentCode);
		if (password == null || password.length() < 12) {
			throw new DomainException("GX-SEC-010", ProblemKind.RULE_VIOLATION,
					"Passwords must have at least 12 characters.");
		}
		if (this.accounts.exists(username)) {
			throw new DomainException("GX-SEC-011", ProblemKind.CONFLICT, "User " + username + " already exists.");
		}
		Account account = new Account(username, displayName, role, blankToNull(departmentCode), true);
		this.accounts.insert(account, this.passwordEncoder.encode(password));
		this.audit.record(AuditEntry.change("security.user.create", "user", username)
			.after(role + "|" + account.departmentCode()));
		return account;
	}

	@Transactional(readOnly = true)
	public List<Account> users() {
		return this.accounts.all();
	}

	@Transactional(readOnly = true)
	public boolean hasAdmin() {
		return this.accounts.countByRole(Role.ADMIN) > 0;
	}

	@Transactional
	public void setEnabled(String username, boolean enabled) {
		if (!this.accounts.setEnabled(username, enabled)) {
			throw new DomainException("GX-SEC-012", ProblemKind.NOT_FOUND, "No user " + username + ".");
		}
		this.audit
			.record(AuditEntry.change(enabled ? "security.user.enable" : "security.user.disable", "user", username));
	}

	@Transactional
	public IssuedApiKey issueApiKey(String name, Role role, String departmentCode) {
		requireDepartment(role, departmentCode);
		IssuedApiKey issued = this.apiKeys.issue(name, role, blankToNull(departmentCode), actorName());
		this.audit.record(AuditEntry.change("security.apikey.issue", "apikey", issued.id().toString())
			.after(role + "|" + issued.departmentCode() + "|" + name));
		return issued;
	}

	@Transactional
	public void revokeApiKey(UUID id) {
		if (!this.apiKeys.revoke(id)) {
			throw new DomainException("GX-SEC-013", ProblemKind.NOT_FOUND, "No active API key " + id + ".");
		}
		this.audit.record(AuditEntry.change("security.apikey.revoke", "apikey", id.toString()));
	}

	@Transactional(readOnly = true)
	public List<ApiKeyInfo> apiKeys() {
		return this.apiKeys.all();
	}

	private static void requireDepartment(Role role, String departmentCode) {
		if (role.departmentBound() && (departmentCode == null || departmentCode.isBlank())) {
			throw new DomainException("GX-SEC-014", ProblemKind.RULE_VIOLATION,
					role + " accounts must name the department they act for.");
		}
		if (!role.departmentBound() && departmentCode != null && !departmentCode.isBlank()) {
			throw new DomainException("GX-SEC-015", ProblemKind.RULE_VIOLATION,
					role + " accounts act for the credit office, not for a department.");
		}
	}

	private static String actorName() {
		return CurrentActor.get().map(Actor::name).orElseGet(() -> {
			var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
				.getAuthentication();
			return (authentication != null) ? authentication.getName() : "anonymous";
		});
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
