package io.gongxin.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.identifier.Uscc;
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
		ownUnit(stored).ifPresent(unit -> this.store.addUnit(stored.code(), unit));
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
		if (!java.util.Objects.equals(before.uscc(), after.uscc())) {
			// the department's new code is its own; units it filed for before stay until
			// the credit office removes them
			ownUnit(after).ifPresent(unit -> this.store.addUnit(after.code(), unit));
		}
		this.audit.record(AuditEntry.change("provider.update", "provider", after.code())
			.before(before.toString())
			.after(after.toString()));
		return after;
	}

	/**
	 * The authorities whose decisions the provider may file, and what the intake does
	 * with the others.
	 */
	@Transactional(readOnly = true)
	public Jurisdiction jurisdiction(String code) {
		return this.store.jurisdiction(get(code).code());
	}

	/** Replaces the provider's units and how rows outside them are handled. */
	@Transactional
	public Jurisdiction setJurisdiction(String code, List<AuthorityUnit> units, OutsideJurisdiction outside) {
		Jurisdiction before = jurisdiction(code);
		Map<String, AuthorityUnit> byCode = new java.util.TreeMap<>();
		units.forEach(unit -> byCode.putIfAbsent(unit.uscc().value(), unit));
		Jurisdiction after = new Jurisdiction(before.providerCode(), List.copyOf(byCode.values()), outside);
		this.store.replaceJurisdiction(after);
		this.audit.record(AuditEntry.change("provider.jurisdiction", "provider", after.providerCode())
			.before(before.toString())
			.after(after.toString()));
		return after;
	}

	/** A provider files at least its own decisions, when its code is a valid USCC. */
	private static Optional<AuthorityUnit> ownUnit(Provider provider) {
		if (provider.uscc() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AuthorityUnit(new Uscc(provider.uscc()), provider.name()));
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
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
