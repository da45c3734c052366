package io.gongxin.identifier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gongxin.identifier.DivisionCode;
import io.gongxin.identifier.HolderCategory;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.Registration;
import io.gongxin.identifier.RegistrationCategories;
import io.gongxin.identifier.Verdict;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectKeyCorrected;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.SubjectsRegistered;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 重错码 read model, kept from the subject register's events. Applying an event twice
 * changes nothing: a correction an officer made here is already in the model when its
 * event arrives, and a registration made here already carries its subject.
 */
@Component
public class GovernanceProjection {

	/** Stands for a registering authority no one named and the code does not tell. */
	static final String UNKNOWN_AUTHORITY = "未知登记机关";

	private final RegistrationStore store;

	private final IdentifierCheck check;

	private final Subjects subjects;

	GovernanceProjection(RegistrationStore store, IdentifierCheck check, Subjects subjects) {
		this.store = store;
		this.check = check;
		this.subjects = subjects;
	}

	@Transactional
	public void registered(SubjectsRegistered event) {
		Set<Long> known = this.store.registeredSubjects(event.subjects().stream().map(SubjectId::value).toList());
		List<SubjectId> fresh = event.subjects().stream().filter(id -> !known.contains(id.value())).toList();
		List<Object[]> rows = new ArrayList<>(fresh.size());
		for (Subject subject : this.subjects.findAll(fresh)) {
			SubjectKey key = subject.currentKey();
			if (subject.type().isPerson() || key == null || key.kind() != SubjectKey.Kind.USCC) {
				continue;
			}
			String code = key.value();
			HolderCategory category = holderCategory(subject.type());
			rows.add(new Object[] { code, this.check.canonical(code, category),
					this.check.verdict(code, category).name(), category.name(), subject.name(),
					authority(subject.registeringAuthority(), code), division(subject.divisionCode(), code).value(),
					"subject:" + subject.id().value(), subject.id().value() });
		}
		if (!rows.isEmpty()) {
			this.store.insertAll(rows);
		}
	}

	@Transactional
	public void corrected(SubjectKeyCorrected event) {
		if (event.to().kind() != SubjectKey.Kind.USCC) {
			return;
		}
		String code = event.to().value();
		HolderCategory category = holderCategory(event.type());
		Verdict verdict = this.check.verdict(code, category);
		String canonical = this.check.canonical(code, category);
		Registration registration = this.store.findBySubject(event.subjectId().value()).orElse(null);
		if (registration == null) {
			// the correction overtook the registration's own event: the subject is known
			// here from now on under its corrected code
			String former = (event.from() != null) ? event.from().value() : code;
			long id = this.store.insert(former, this.check.canonical(former, category),
					this.check.verdict(former, category), category, event.name(), authority(null, former),
					division(null, former), "subject:" + event.subjectId().value(), event.subjectId().value());
			registration = this.store.find(id).orElseThrow();
		}
		if (code.equals(registration.code())) {
			return;
		}
		this.store.correct(registration, code, canonical, verdict, event.reason(), event.correctedBy(),
				event.correctedAt());
	}

	static HolderCategory holderCategory(SubjectType type) {
		return switch (type) {
			case INDIVIDUAL_BUSINESS -> HolderCategory.INDIVIDUAL_BUSINESS;
			case NATURAL_PERSON -> HolderCategory.NATURAL_PERSON;
			default -> HolderCategory.LEGAL_ENTITY;
		};
	}

	/** The registering authority defaults to the code's registration department. */
	static String authority(String named, String code) {
		if (named != null && !named.isBlank()) {
			return named.strip();
		}
		String department = RegistrationCategories.builtIn().departmentName(code.charAt(0));
		return (department != null) ? department : UNKNOWN_AUTHORITY;
	}

	/** The division defaults to the one in the code (positions 3–8). */
	static DivisionCode division(String named, String code) {
		String division = (named != null) ? named : (code.length() >= 8) ? code.substring(2, 8) : "";
		try {
			return new DivisionCode(division);
		}
		catch (DomainException | IllegalArgumentException ex) {
			// not a division: the identifier check reports the code as invalid anyway
			return new DivisionCode("000000");
		}
	}

}
