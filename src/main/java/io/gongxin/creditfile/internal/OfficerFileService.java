package io.gongxin.creditfile.internal;

import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's view of a credit file. Reading a natural person's file is audited in the
 * same transaction, and the file shows who has read it.
 */
@Service
class OfficerFileService {

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final AuditLog audit;

	OfficerFileService(Subjects subjects, CreditFiles creditFiles, AuditLog audit) {
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.audit = audit;
	}

	record OfficerFile(Subject subject, List<String> nameHistory, List<CreditFileItem> items,
			List<AuditRecord> readers) {
	}

	@Transactional
	OfficerFile read(SubjectId id) {
		Subject subject = this.subjects.get(id);
		List<AuditRecord> readers = List.of();
		if (subject.type().isPerson()) {
			this.audit
				.record(AuditEntry.read("creditfile.read.person", "subject", id.toString()).subject(id.toString()));
			readers = this.audit.eventsForSubject(id.toString(), 100)
				.stream()
				.filter(event -> "READ".equals(event.kind()))
				.toList();
		}
		return new OfficerFile(subject, this.subjects.nameHistory(id), this.creditFiles.fileOf(id), readers);
	}

}
