package io.gongxin.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.internal.ProviderStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider register. Changes are audited; stale updates are refused.
 */
@Service
public class Providers {

	private final ProviderStore store;

	private final AuditLog audit;

	Providers(ProviderStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	@Transactional
	public Provider register(Provider provider) {
		if (this.store.find(provider.code()).isPresent()) {
			throw new DomainException("GX-PRV-002", ProblemKind.CONFLICT,
					"Provider " + provider.code() + " is already registered.");
		}
		Provider stored = new Provider(provider.code(), provider.name(), provider.uscc(), provider.divisionCode(),
				provider.active(), 0);
		this.store.insert(stored);
		this.audit.record(AuditEntry.change("provider.register", "provider", stored.code()).after(stored.toString()));
		return stored;
	}

	@Transactional
	public Provider update(Provider provider) {
		Provider before = get(provider.code());
		if (before.version() != provider.version()) {
			throw new DomainException("GX-PRV-003", ProblemKind.CONFLICT,
					"Provider " + provider.code() + " was changed meanwhile; reload it.",
					Map.of("currentVersion", before.version()));
		}
		Provider after = new Provider(provider.code(), provider.name(), provider.uscc(), provider.divisionCode(),
				provider.active(), before.version() + 1);
		if (!this.store.update(after, before.version())) {
			throw new DomainException("GX-PRV-003", ProblemKind.CONFLICT,
					"Provider " + provider.code() + " was changed meanwhile; reload it.");
		}
		this.audit.record(AuditEntry.change("provider.update", "provider", after.code())
			.before(before.toString())
			.after(after.toString()));
		return after;
	}

	@Transactional(readOnly = true)
	public Optional<Provider> find(String code) {
		return this.store.find(code);
	}

	@Transactional(readOnly = true)
	public Provider get(String code) {
		return find(code).orElseThrow(
				() -> new DomainException("GX-PRV-001", ProblemKind.NOT_FOUND, "No provider with code " + code + "."));
	}

	/** Replaces the categories the provider must report. */
	@Transactional
	public void setObligations(String code, Set<String> categoryCodes) {
		Provider provider = get(code);
		Set<String> before = this.store.obligations(provider.code());
		this.store.replaceObligations(provider.code(), categoryCodes);
		this.audit.record(AuditEntry.change("provider.obligations", "provider", provider.code())
			.before(new TreeSet<>(before).toString())
			.after(new TreeSet<>(categoryCodes).toString()));
	}

	@Transactional(readOnly = true)
	public Set<String> obligations(String code) {
		return this.store.obligations(code);
	}

	/** Codes of the active providers obliged to report a category. */
	@Transactional(readOnly = true)
	public List<String> obligedToReport(String categoryCode) {
		return this.store.obligedToReport(categoryCode);
	}

	/** Providers ordered by code, after the given code (keyset paging). */
	@Transactional(readOnly = true)
	public List<Provider> list(String afterCode, int limit) {
		return this.store.list(afterCode == null ? "" : afterCode, Math.max(1, Math.min(limit, 500)));
	}

}
