package io.gongxin.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gongxin.commitment.CommitmentBroken;
import io.gongxin.commitment.CommitmentFulfilled;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFileUpdated;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityEnded;
import io.gongxin.lists.SubjectDelisted;
import io.gongxin.lists.SubjectListed;
import io.gongxin.remedy.RepairApproved;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKeyCorrected;
import io.gongxin.subject.SubjectsRegistered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-evaluates the subjects whose files changed, on the events of the modules that own
 * the files: records stored, publicity ended, a repair approved, a listing or delisting,
 * a commitment's finding. A batch touching more subjects than re-evaluated at once marks
 * them for the sweep ({@link Upkeep}); each subject is re-evaluated in its own
 * transaction.
 */
@Component
class FileChanges {

	/** Subjects re-evaluated while handling one event; more wait for the sweep. */
	static final int AT_ONCE = 300;

	private final CreditFiles creditFiles;

	private final Reevaluation reevaluation;

	private final AlertTasks tasks;

	private final JdbcClient jdbc;

	private final Clock clock;

	FileChanges(CreditFiles creditFiles, Reevaluation reevaluation, AlertTasks tasks, JdbcClient jdbc, Clock clock) {
		this.creditFiles = creditFiles;
		this.reevaluation = reevaluation;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void on(CreditFileUpdated event) {
		Set<SubjectId> subjects = new LinkedHashSet<>();
		Set<String> categories = new LinkedHashSet<>();
		long after = 0;
		while (true) {
			List<CreditFileItem> page = this.creditFiles.itemsOfBatch(event.batchId(), after, 2_000);
			if (page.isEmpty()) {
				break;
			}
			page.stream().filter(item -> !item.subjectType().isPerson()).forEach(item -> {
				subjects.add(item.subjectId());
				categories.add(item.categoryName());
			});
			after = page.get(page.size() - 1).recordId();
		}
		reevaluate(subjects, "新入库" + String.join("、", categories));
	}

	/** A new organisation is graded from the start, with nothing on file yet. */
	@Async
	@TransactionalEventListener
	void on(SubjectsRegistered event) {
		reevaluate(event.subjects(), "新主体登记");
	}

	@Async
	@TransactionalEventListener
	void on(SubjectKeyCorrected event) {
		reevaluate(List.of(event.subjectId()), "主体标识更正");
	}

	@Async
	@TransactionalEventListener
	void on(PublicityEnded event) {
		reevaluate(List.of(event.subjectId()), "公示期满");
	}

	@Async
	@TransactionalEventListener
	void on(RepairApproved event) {
		reevaluate(List.of(event.subjectId()), "信用修复办结（" + event.reference() + "）");
	}

	@Async
	@TransactionalEventListener
	void on(SubjectListed event) {
		reevaluate(List.of(new SubjectId(event.subjectId())), "列入" + event.kind().label());
	}

	@Async
	@TransactionalEventListener
	void on(SubjectDelisted event) {
		reevaluate(List.of(new SubjectId(event.subjectId())), "移出" + event.kind().label());
	}

	@Async
	@TransactionalEventListener
	void on(CommitmentFulfilled event) {
		reevaluate(List.of(event.subjectId()), "信用承诺已履约（" + event.number() + "）");
	}

	@Async
	@TransactionalEventListener
	void on(CommitmentBroken event) {
		reevaluate(List.of(event.subjectId()), "信用承诺未履约（" + event.number() + "）");
	}

	void reevaluate(Collection<SubjectId> subjects, String cause) {
		if (subjects.size() > AT_ONCE) {
			this.jdbc.sql("""
					INSERT INTO evaluation_dirty (subject_id, cause, marked_at)
					SELECT id, ?, ? FROM unnest(CAST(? AS BIGINT[])) AS marked(id)
					ON CONFLICT (subject_id) DO NOTHING""")
				.params(cause, Timestamp.from(this.clock.instant()),
						subjects.stream().map(SubjectId::value).toArray(Long[]::new))
				.update();
			return;
		}
		for (SubjectId subject : subjects) {
			this.tasks.openAll(this.reevaluation.subject(subject, cause));
		}
	}

}
