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
import io.gongxin.platform.SystemActor;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重错码 governance. The subject register owns every code and alias; this registry is its
 * read model (fed by {@link io.gongxin.subject.SubjectsRegistered} and
 * {@link io.gongxin.subject.SubjectKeyCorrected}): it finds duplicates and invalid codes,
 * lets officers correct them through the subject register (the old code stays an alias of
 * the subject there) and computes defect and correction rates.
 */
@Service
public class IdentifierRegistry {

	private static final int MAX_PAGE = 500;

	private final RegistrationStore store;

	private final IdentifierCheck check;

	private final AuditLog audit;

	private final Subjects subjects;

	IdentifierRegistry(RegistrationStore store, IdentifierCheck check, AuditLog audit, Subjects subjects) {
		this.store = store;
		this.check = check;
		this.audit = audit;
		this.subjects = subjects;
	}

	/**
	 * Enters an organisation by hand (an import from a registering authority's list): the
	 * subject register takes it first, as the owner of codes, then governance records its
	 * verdict. Invalid codes are entered too (they are what governance is about), as long
	 * as they have the shape of a code; natural persons are not registered here.
	 * @throws DomainException {@code GX-ID-005} for a person, the placeholder (the
	 * subject register keys such businesses by registration number) or a value that is no
	 * code at all; {@code GX-SUB-002} when the code is already registered
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
		if (verdict == Verdict.PLACEHOLDER) {
			throw new DomainException("GX-ID-005", ProblemKind.BAD_REQUEST,
					"A business without a code is registered by its registration number, not the placeholder.");
		}
		String canonical = this.check.canonical(code, subjectType);
		SubjectKey key = usccKey((canonical != null) ? canonical : squeezed(code));
		SubjectId subjectId = this.subjects.register(
				new NewSubject(
						(subjectType == HolderCategory.INDIVIDUAL_BUSINESS) ? SubjectType.INDIVIDUAL_BUSINESS
								: SubjectType.ENTERPRISE,
						subjectName, key, null, SubjectStatus.ACTIVE, division.value(), authority.strip(), null),
				(sourceRef != null) ? "identifier-import:" + sourceRef : "identifier-import");
		long id = this.store.insert(key.value(), canonical, verdict, subjectType, subjectName.strip(),
				authority.strip(), division, (sourceRef != null) ? sourceRef : "subject:" + subjectId.value(),
				subjectId.value());
		this.audit.record(AuditEntry.change("identifier.register", "identifier_registration", String.valueOf(id))
			.subject(subjectId.toString())
			.after(code + "|" + subjectName + "|" + authority + "|" + division)
			.details(verdict.name()));
		return get(id);
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
	 * An officer replaces a registration's code. The new code must be acceptable. The
	 * correction is made in the subject register, which keeps the old code as an alias of
	 * the subject, so filings under either code reach it; the read model is updated at
	 * once (the register's event then finds it done). Audited here and in the register.
	 */
	@Transactional
	public Registration correct(long id, int expectedVersion, String newCode, String reason) {
		Registration before = get(id);
		requireText(reason, "reason", 500);
		Verdict verdict = this.check.verdict(newCode, before.subjectType());
		String canonical = this.check.canonical(newCode, before.subjectType());
		if (verdict == Verdict.INVALID || canonical == null || !hasUsccKeyShape(canonical)) {
			throw new DomainException("GX-ID-006", ProblemKind.RULE_VIOLATION,
					"The corrected code is itself invalid; check it first.");
		}
		String actor = actorName();
		if (before.version() != expectedVersion
				|| !this.store.correct(before, canonical, canonical, verdict, reason.strip(), actor)) {
			throw new DomainException("GX-ID-018", ProblemKind.CONFLICT,
					"The registration was changed meanwhile; reload it.");
		}
		if (before.subjectId() != null) {
			this.subjects.correctKey(new SubjectId(before.subjectId()), SubjectKey.uscc(canonical), reason.strip(),
					actor);
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

	/**
	 * Subjects duplicated because a correction recorded here before the subject register
	 * owned codes never reached it (found by migration V502).
	 */
	@Transactional(readOnly = true)
	public List<MissedCorrection> missedCorrections(long afterId, int limit) {
		return this.store.missedCorrections(afterId, Math.max(1, Math.min(limit, MAX_PAGE)));
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

	private static SubjectKey usccKey(String code) {
		if (!hasUsccKeyShape(code)) {
			throw new DomainException("GX-ID-005", ProblemKind.BAD_REQUEST,
					"The code does not have the shape of a unified social credit code (18 digits and capital letters).");
		}
		return SubjectKey.uscc(code);
	}

	/** Upper case without the spaces and dashes people type into codes. */
	private static String squeezed(String code) {
		return code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
	}

	/** What the subject register accepts as a USCC key: 18 digits and capital letters. */
	private static boolean hasUsccKeyShape(String code) {
		return code != null && code.matches("[0-9A-Z]{18}");
	}

	private static void requireText(String value, String name, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new DomainException("GX-ID-005", ProblemKind.BAD_REQUEST,
					"The " + name + " is required (at most " + max + " characters).");
		}
	}

}
