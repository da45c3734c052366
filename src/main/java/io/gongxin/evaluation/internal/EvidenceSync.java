package io.gongxin.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.Commitments;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.evaluation.EvidenceSource;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.Lists;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.Subjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies what a subject is evaluated on from the owners' facades into the evaluation's
 * own tables, whole for the subject: the credit records in force (a repaired, ended,
 * revoked or corrected record no longer counts), the list entries in force and the
 * commitments' findings. Natural persons are not evaluated and are never copied.
 */
@Component
class EvidenceSync {

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final Lists lists;

	private final Commitments commitments;

	private final JdbcClient jdbc;

	private final Clock clock;

	EvidenceSync(Subjects subjects, CreditFiles creditFiles, Lists lists, Commitments commitments, JdbcClient jdbc,
			Clock clock) {
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.lists = lists;
		this.commitments = commitments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Refreshes the subject's copy; empty when the subject is not evaluated. */
	Optional<Subject> refresh(SubjectId id) {
		Subject subject = this.subjects.find(id).orElse(null);
		if (subject == null || subject.type().isPerson()) {
			return Optional.empty();
		}
		List<Evidence> evidence = new ArrayList<>();
		for (CreditFileItem item : this.creditFiles.fileOf(id)) {
			PublicityStatus status = item.publicity().status();
			if (item.recordStatus() == CreditRecord.Status.ACTIVE
					&& (status == PublicityStatus.PUBLISHED || status == PublicityStatus.NOT_PUBLISHED)) {
				evidence.add(new Evidence(EvidenceSource.RECORD, Long.toString(item.recordId()), item.categoryCode(),
						(item.publicity().tier() == null) ? null : item.publicity().tier().name(), item.providerCode(),
						item.decisionDate(), item.categoryName() + " " + item.documentNumber()
								+ ((item.summary() == null) ? "" : "：" + item.summary())));
			}
		}
		for (ListEntry entry : this.lists.inForce(id, this.clock.instant())) {
			evidence.add(new Evidence(EvidenceSource.LIST, Long.toString(entry.id()), entry.kind().name(), null,
					entry.providerCode(), entry.enteredOn(), entry.kind().label() + "：" + entry.listName() + "（"
							+ entry.authority() + "，" + entry.enteredOn() + "列入）"));
		}
		for (Commitment c : this.commitments.ofSubject(id)) {
			if (c.outcome() != null && c.state() != CommitmentState.PENDING) {
				evidence.add(new Evidence(EvidenceSource.COMMITMENT, c.number(), c.state().name(), null,
						c.departmentCode(), c.outcome().foundOn(), "信用承诺 " + c.number() + "（" + c.typeName() + "）："
								+ c.state().label() + "，" + c.departmentName() + "核查"));
			}
		}
		store(subject, evidence);
		return Optional.of(subject);
	}

	private void store(Subject subject, List<Evidence> evidence) {
		long id = subject.id().value();
		this.jdbc
			.sql("""
					INSERT INTO evaluation_subject (subject_id, subject_type, name, code, division_code, registered_on, active,
					                                synced_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (subject_id) DO UPDATE SET subject_type = EXCLUDED.subject_type, name = EXCLUDED.name,
					    code = EXCLUDED.code, division_code = EXCLUDED.division_code,
					    registered_on = EXCLUDED.registered_on, active = EXCLUDED.active, synced_at = EXCLUDED.synced_at""")
			.params(id, subject.type().name(), subject.name(),
					(subject.currentKey() == null) ? null : subject.currentKey().value(), subject.region(),
					subject.registeredOn(), subject.status() == null || subject.status() == SubjectStatus.ACTIVE,
					Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("DELETE FROM evaluation_evidence WHERE subject_id = ?").param(id).update();
		for (Evidence e : evidence) {
			this.jdbc
				.sql("""
						INSERT INTO evaluation_evidence (subject_id, source, ref, category, tier, domain, occurred_on, label)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(id, e.source().name(), e.ref(), e.category(), e.tier(), e.domain(), e.occurredOn(), e.label())
				.update();
		}
	}

}
