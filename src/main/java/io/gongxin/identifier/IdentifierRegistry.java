package io.gongxin.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.identifier.internal.RegistrationStore;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重错码 governance. The subject register feeds every organisation's code through
 * {@link #register}; the registry finds duplicates and invalid codes, lets officers
 * correct them (the old code stays as an alias) and computes defect and correction rates.
 */
@Service
public class IdentifierRegistry {

	private static final int MAX_PAGE = 500;

	private final RegistrationStore store;

	private final IdentifierCheck check;

	private final AuditLog audit;

	IdentifierRegistry(RegistrationStore store, IdentifierCheck check, AuditLog audit) {
		this.store = store;
		this.check = check;
		this.audit = audit;
	}

	/**
	 * Records the code a subject was registered with. Invalid codes are recorded too
	 * (they are what governance is about); natural persons are not registered here.
	 */
	@Transactional
	public Registration register(String code, String subjectName, HolderCategory subjectType, String authority,
			DivisionCode division, String sourceRef) {
		Objects.requireNonNull(division, "division");
		if (subjectType == null || subjectType == HolderCategory.NATURAL_PERSON) {
			throw new DomainException("GX-ID-005", ProblemKind.BAD_REQUEST,
					"Only organisations and individual businesses are registered for code governance.");
		}
		requireText(code, "code", 64);
		requireText(subjectName, "subject name", 200);
		requireText(authority, "registering authority", 100);
		Verdict verdict = this.check.verdict(code, subjectType);
		long id = this.store.insert(code, this.check.canonical(code, subjectType), verdict, subjectType,
				subjectName.strip(), authority.strip(), division, sourceRef);
		this.audit.record(AuditEntry.change("identifier.register", "identifier_registration", String.valueOf(id))
			.after(code + "|" + subjectName + "|" + authority + "|" + division)
			.details(verdict.name()));
		return get(id);
	}

	/** A code to register in bulk, as ingestion finds new subjects. */
	public record NewRegistration(String code, String subjectName, HolderCategory category, String authority,
			DivisionCode division, String sourceRef) {
	}

	/**
	 * Registers many codes at once (one audit event for the set, whose digest covers
	 * every code and name).
	 */
	@Transactional
	public void registerAll(List<NewRegistration> registrations) {
		if (registrations.isEmpty()) {
			return;
		}
		List<Object[]> rows = new java.util.ArrayList<>(registrations.size());
		StringBuilder digestInput = new StringBuilder();
		for (NewRegistration registration : registrations) {
			Verdict verdict = this.check.verdict(registration.code(), registration.category());
			rows.add(new Object[] { registration.code(),
					this.check.canonical(registration.code(), registration.category()), verdict.name(),
					registration.category().name(), registration.subjectName().strip(),
					registration.authority().strip(), registration.division().value(), registration.sourceRef() });
			digestInput.append(registration.code()).append('|').append(registration.subjectName()).append('\n');
		}
		this.store.insertAll(rows);
		this.audit.record(AuditEntry
			.change("identifier.register.bulk", "identifier_registration", registrations.get(0).sourceRef())
			.after(digestInput.toString())
			.details(registrations.size() + " codes"));
	}

	@Transactional(readOnly = true)
	public Registration get(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-ID-005", ProblemKind.NOT_FOUND, "No registration " + id + "."));
	}

	/** Registrations known under a code, including codes corrected away (aliases). */
	@Transactional(readOnly = true)
	public List<Registration> findByCode(String code) {
		String canonical = this.check.canonical(code, HolderCategory.UNSPECIFIED);
		return this.store.findByCode((canonical != null) ? canonical : code);
	}

	/**
	 * An officer replaces a registration's code. The new code must be acceptable; the old
	 * one is kept as an alias; the change is audited.
	 */
	@Transactional
	public Registration correct(long id, int expectedVersion, String newCode, String reason) {
		Registration before = get(id);
		requireText(reason, "reason", 500);
		Verdict verdict = this.check.verdict(newCode, before.subjectType());
		if (verdict == Verdict.INVALID) {
			throw new DomainException("GX-ID-006", ProblemKind.RULE_VIOLATION,
					"The corrected code is itself invalid; check it first.");
		}
		String canonical = this.check.canonical(newCode, before.subjectType());
		if (before.version() != expectedVersion
				|| !this.store.correct(before, canonical, canonical, verdict, reason.strip(), actorName())) {
			throw new DomainException("GX-ID-018", ProblemKind.CONFLICT,
					"The registration was changed meanwhile; reload it.");
		}
		Registration after = get(id);
		this.audit.record(AuditEntry.change("identifier.correct", "identifier_registration", String.valueOf(id))
			.before(before.code())
			.after(after.code())
			.details(reason.strip()));
		return after;
	}

	@Transactional(readOnly = true)
	public List<Registration> invalid(long afterId, int limit) {
		return this.store.invalid(afterId, Math.max(1, Math.min(limit, MAX_PAGE)));
	}

	@Transactional(readOnly = true)
	public List<DuplicateCode> duplicates(String afterCode, int limit) {
		List<DuplicateCode> duplicates = new ArrayList<>();
		for (String key : this.store.duplicateKeys((afterCode != null) ? afterCode : "",
				Math.max(1, Math.min(limit, MAX_PAGE)))) {
			duplicates.add(new DuplicateCode(key, this.store.withKey(key)));
		}
		return duplicates;
	}

	/** Figures per registering authority and division, followed by the total. */
	@Transactional(readOnly = true)
	public List<QualityFigures> quality() {
		List<QualityFigures> rows = new ArrayList<>(this.store.quality());
		long total = 0;
		long invalid = 0;
		long duplicate = 0;
		long defective = 0;
		long corrected = 0;
		for (QualityFigures row : rows) {
			total += row.total();
			invalid += row.invalid();
			duplicate += row.duplicate();
			defective += row.defective();
			corrected += row.corrected();
		}
		rows.add(new QualityFigures("*", "*", total, invalid, duplicate, defective, corrected));
		return rows;
	}

	private static String actorName() {
		return ActingUser.currentName();
	}

	private static void requireText(String value, String name, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new DomainException("GX-ID-005", ProblemKind.BAD_REQUEST,
					"The " + name + " is required (at most " + max + " characters).");
		}
	}

}
