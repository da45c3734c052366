package io.gongxin.security;

import java.util.List;
import java.util.UUID;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.internal.AccountStore;
import io.gongxin.security.internal.ApiKeyStore;

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<OrganisationCodeCheck> codeChecks;

	Accounts(AccountStore accounts, ApiKeyStore apiKeys, PasswordEncoder passwordEncoder, AuditLog audit,
			ObjectProvider<OrganisationCodeCheck> codeChecks) {
		this.codeChecks = codeChecks;
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * @param uscc the organisation an enterprise user (法人用户) acts for; {@code null} for
	 * every other role
	 */
	public record Account(String username, String displayName, Role role, String departmentCode, boolean enabled,
			String uscc) {
	}

	public record ApiKeyInfo(UUID id, String name, String prefix, Role role, String departmentCode, String createdBy,
			java.time.Instant createdAt, java.time.Instant revokedAt, java.time.Instant lastUsedAt) {
	}

	@Transactional
	public Account createUser(String username, String displayName, String password, Role role, String departmentCode) {
		return createUser(username, displayName, password, role, departmentCode, null);
	}

	/**
	 * Creates an enterprise user (法人用户) bound to one organisation by its unified social
	 * credit code. The account can only ever print that organisation's reports.
	 */
	@Transactional
	public Account createEnterpriseUser(String username, String displayName, String password, String uscc) {
		return createUser(username, displayName, password, Role.ENTERPRISE, null, uscc);
	}

	@Transactional
	public Account createUser(String username, String displayName, String password, Role role, String departmentCode,
			String uscc) {
		if (role == Role.AGENCY) {
			// an agency is a machine client: its key comes with its registration by the
			// credit office
			throw new DomainException("GX-SEC-020", ProblemKind.RULE_VIOLATION,
					"Agencies get an API key when the credit office registers them, not a sign-in account.");
		}
		if (role == Role.PERSON) {
			// a natural person is who the identity provider vouches for, never an account
			// made by hand
			throw new DomainException("GX-SEC-021", ProblemKind.RULE_VIOLATION,
					"Persons sign in through the unified identity service; no account is made for them by hand.");
		}
		requireDepartment(role, departmentCode);
		String boundUscc = requireSubject(role, uscc);
		if (boundUscc != null) {
			requirePassesChecks(boundUscc);
		}
		if (password == null || password.length() < 12) {
			throw new DomainException("GX-SEC-010", ProblemKind.RULE_VIOLATION,
					"Passwords must have at least 12 characters.");
		}
		if (this.accounts.exists(username)) {
			throw new DomainException("GX-SEC-011", ProblemKind.CONFLICT, "User " + username + " already exists.");
		}
		Account account = new Account(username, displayName, role, blankToNull(departmentCode), true, boundUscc);
		this.accounts.insert(account, this.passwordEncoder.encode(password));
		this.audit.record(AuditEntry.change("security.user.create", "user", username)
			.after(role + "|" + account.departmentCode() + ((boundUscc != null) ? "|" + boundUscc : "")));
		return account;
	}

	/**
	 * The upper-cased code of the organisation an enterprise user signing in through the
	 * identity provider acts for; refuses (GX-SEC-016, 017, 019) a code that could not
	 * bind an enterprise account.
	 */
	public String organisationCode(String uscc) {
		String bound = requireSubject(Role.ENTERPRISE, uscc);
		requirePassesChecks(bound);
		return bound;
	}

	private void requirePassesChecks(String uscc) {
		this.codeChecks.orderedStream()
			.map(check -> check.problem(uscc))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.ifPresent(problem -> {
				throw new DomainException("GX-SEC-019", ProblemKind.RULE_VIOLATION,
						"The unified social credit code " + uscc + " fails its checks: " + problem + ".");
			});
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

	/**
	 * An administrator's key for a system: any machine role but an agency's, whose key
	 * comes only with its registration by the credit office.
	 */
	@Transactional
	public IssuedApiKey issueApiKeyByHand(String name, Role role, String departmentCode) {
		if (role == Role.AGENCY) {
			throw agencyByHand();
		}
		return issueApiKey(name, role, departmentCode);
	}

	@Transactional
	public IssuedApiKey issueApiKey(String name, Role role, String departmentCode) {
		requireDepartment(role, departmentCode);
		if (role.subjectBound()) {
			throw new DomainException("GX-SEC-018", ProblemKind.RULE_VIOLATION,
					role + " users sign in as people; they get no API keys.");
		}
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

	/** The upper-cased USCC of an enterprise user; refuses a USCC on any other role. */
	private static String requireSubject(Role role, String uscc) {
		String value = blankToNull(uscc);
		if (!role.subjectBound()) {
			if (value != null) {
				throw new DomainException("GX-SEC-016", ProblemKind.RULE_VIOLATION,
						role + " accounts are not bound to an organisation.");
			}
			return null;
		}
		if (value == null) {
			throw new DomainException("GX-SEC-016", ProblemKind.RULE_VIOLATION,
					role + " accounts must name the unified social credit code of their organisation.");
		}
		value = value.toUpperCase(java.util.Locale.ROOT);
		if (!USCC.matcher(value).matches()) {
			throw new DomainException("GX-SEC-017", ProblemKind.RULE_VIOLATION,
					"Not a unified social credit code: " + value + ".");
		}
		return value;
	}

	private static final java.util.regex.Pattern USCC = java.util.regex.Pattern
		.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private static String actorName() {
		return ActingUser.currentName();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static DomainException agencyByHand() {
		return new DomainException("GX-SEC-020", ProblemKind.RULE_VIOLATION,
				"Agencies get their API key when the credit office registers them; no account or key is made by hand.");
	}

}
