package io.gongxin.personal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.ReportSummary;
import io.gongxin.report.ReportType;
import io.gongxin.report.Reports;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own credit file: found by the citizen id the sign-in is bound
 * to, never by anything the request names. Every read of it is audited, like an
 * officer's, so the person's own reads show in their list of readers too.
 */
@Service
class OwnFile {

	/** How many readings of the file the readers page lists, newest first. */
	static final int READERS = 200;

	static final int HISTORY = 20;

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final Reports reports;

	private final AuditLog audit;

	private final FileReaders readers;

	OwnFile(Subjects subjects, CreditFiles creditFiles, Reports reports, AuditLog audit, FileReaders readers) {
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.reports = reports;
		this.audit = audit;
		this.readers = readers;
	}

	/**
	 * Who the person is as the page shows them: their name (from the register, else from
	 * the sign-in) and their citizen id masked.
	 */
	record Person(String name, String maskedId, Optional<Subject> subject) {

		public boolean registered() {
			return this.subject.isPresent();
		}

	}

	record File(Person person, List<CreditFileItem> items, List<ReportSummary> reports) {
	}

	@Transactional
	File read() {
		Person person = person();
		if (person.subject().isEmpty()) {
			return new File(person, List.of(), List.of());
		}
		Subject subject = person.subject().get();
		this.audit.record(AuditEntry.read("personal.file.read", "subject", subject.id().toString())
			.subject(subject.id().toString()));
		return new File(person, this.creditFiles.fileOf(subject.id()), this.reports.issuedAbout(subject.id(), HISTORY));
	}

	record Readings(Person person, List<FileReaders.Reader> readers) {
	}

	@Transactional
	Readings readers() {
		Person person = person();
		if (person.subject().isEmpty()) {
			return new Readings(person, List.of());
		}
		String ref = person.subject().get().id().toString();
		this.audit.record(AuditEntry.read("personal.readers.read", "subject", ref).subject(ref));
		return new Readings(person, this.readers.of(this.audit.eventsForSubject(ref, READERS), actor().name()));
	}

	/**
	 * Issues the person's own 个人信用报告 (signed PDF). The sign-in through the identity
	 * provider is the person's authorisation, recorded with the report. A
	 * {@code subjectId} other than the person's own is refused (GX-PSN-001), so a forged
	 * form cannot print anyone else's report.
	 */
	IssuedReport print(Long subjectId) {
		Actor actor = actor();
		Subject subject = person().subject()
			.orElseThrow(() -> new DomainException("GX-PSN-002", ProblemKind.NOT_FOUND,
					"The platform holds no credit file about you yet."));
		if (subjectId != null && subjectId != subject.id().value()) {
			throw notOwn(subjectId);
		}
		ReportRequest request = new ReportRequest(ReportType.PERSON, subject.id(), null, null, null,
				"本人经统一身份认证实名登录后自助申请", "个人用户在线自助打印（统一身份认证）");
		return this.reports.issue(request, actor.name());
	}

	private Person person() {
		Actor actor = actor();
		Optional<Subject> subject = this.subjects.findByKey(SubjectKey.citizenId(actor.citizenId()));
		String name = subject.map(Subject::name).orElseGet(ActingUser::currentLabel);
		return new Person(name, CitizenId.mask(actor.citizenId()), subject);
	}

	private static Actor actor() {
		return CurrentActor.get().filter(actor -> actor.role() == Role.PERSON).orElseThrow(() -> notOwn(null));
	}

	private static DomainException notOwn(Long subjectId) {
		return new DomainException("GX-PSN-001", ProblemKind.FORBIDDEN,
				"A person sees and prints only their own credit file.",
				(subjectId == null) ? Map.of() : Map.<String, Object>of("subjectId", String.valueOf(subjectId)));
	}

}
