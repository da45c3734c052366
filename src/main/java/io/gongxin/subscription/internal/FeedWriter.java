package io.gongxin.subscription.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFileItemPublished;
import io.gongxin.creditfile.CreditFileUpdated;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityEnded;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.inbox.TaskCompleted;
import io.gongxin.inbox.TaskDueSoon;
import io.gongxin.inbox.TaskOpened;
import io.gongxin.inbox.TaskOverdue;
import io.gongxin.outbox.Outbox;
import io.gongxin.outbox.OutgoingMessage;
import io.gongxin.quality.QualityNoticeRaised;
import io.gongxin.commitment.CommitmentBroken;
import io.gongxin.evaluation.GradeChanged;
import io.gongxin.evaluation.RiskAlertRaised;
import io.gongxin.commitment.CommitmentFulfilled;
import io.gongxin.commitment.CommitmentSigned;
import io.gongxin.remedy.ObjectionAccepted;
import io.gongxin.remedy.ObjectionDecided;
import io.gongxin.remedy.RepairApproved;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.internal.FeedStore.Entry;
import io.gongxin.subscription.internal.FeedStore.Stored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns published events into feed entries and, in the same transaction, into outbox
 * messages for the webhook subscriptions they reach. Event types nobody subscribes to are
 * not entered: a subscription receives the events from its creation on, and a batch of a
 * million rows costs nothing here while nobody listens.
 */
@Component
class FeedWriter {

	static final String ITEM_PUBLISHED = "creditfile.item-published";

	static final String PUBLICITY_ENDED = "creditfile.publicity-ended";

	static final String QUALITY_NOTICE = "quality.notice-raised";

	private static final int PAGE = 1000;

	private final FeedStore feed;

	private final SubscriptionStore subscriptions;

	private final EventCatalogue catalogue;

	private final Payloads payloads;

	private final Outbox outbox;

	private final CreditFiles creditFiles;

	private final Subjects subjects;

	private final Clock clock;

	FeedWriter(FeedStore feed, SubscriptionStore subscriptions, EventCatalogue catalogue, Payloads payloads,
			Outbox outbox, CreditFiles creditFiles, Subjects subjects, Clock clock) {
		this.feed = feed;
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.payloads = payloads;
		this.outbox = outbox;
		this.creditFiles = creditFiles;
		this.subjects = subjects;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CreditFileUpdated event) {
		if (!this.subscriptions.anyActive(ITEM_PUBLISHED)) {
			return;
		}
		long after = 0;
		while (true) {
			List<CreditFileItem> items = this.creditFiles.itemsOfBatch(event.batchId(), after, PAGE);
			if (items.isEmpty()) {
				return;
			}
			Map<SubjectId, Subject> subjects = subjectsOf(items.stream().map(CreditFileItem::subjectId).toList());
			List<Entry> entries = new ArrayList<>(items.size());
			for (CreditFileItem item : items) {
				Subject subject = subjects.get(item.subjectId());
				String code = (subject == null || subject.currentKey() == null) ? null : subject.currentKey().value();
				boolean person = item.subjectType().isPerson();
				CreditFileItemPublished payload = new CreditFileItemPublished(item.recordId(), item.subjectName(), code,
						item.subjectType().name(), item.categoryCode(), item.categoryName(), item.providerCode(),
						item.documentNumber(), item.decisionDate(), item.authority(), item.summary(),
						item.publicity().until());
				entries.add(new Entry(ITEM_PUBLISHED, "record-" + item.recordId(), this.clock.instant(),
						item.providerCode(), code, person, person ? null : region(subject), null, item.categoryCode(),
						this.payloads.json(payload), !person && item.publicity().published()));
			}
			write(entries);
			after = items.get(items.size() - 1).recordId();
		}
	}

	@ApplicationModuleListener
	void on(PublicityEnded event) {
		if (!this.subscriptions.anyActive(PUBLICITY_ENDED)) {
			return;
		}
		Optional<CreditFileItem> item = this.creditFiles.item(event.recordId());
		Subject subject = this.subjects.find(event.subjectId()).orElse(null);
		String code = (subject == null || subject.currentKey() == null) ? null : subject.currentKey().value();
		boolean person = subject != null && subject.type().isPerson();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("recordId", event.recordId());
		payload.put("subjectName", (subject == null) ? null : subject.name());
		payload.put("subjectCode", code);
		payload.put("categoryCode", event.categoryCode());
		payload.put("lastDay", event.lastDay().toString());
		payload.put("endedOn", event.endedOn().toString());
		write(List.of(new Entry(PUBLICITY_ENDED, "record-" + event.recordId(), this.clock.instant(),
				item.map(CreditFileItem::providerCode).orElse(null), code, person, person ? null : region(subject),
				null, event.categoryCode(), this.payloads.json(payload), subject != null && !person)));
	}

	/**
	 * An approved repair reaches every platform and agency that received the record: they
	 * must stop publishing and using it (结果同步).
	 */
	@ApplicationModuleListener
	void on(RepairApproved event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("reference", event.reference());
		payload.put("recordId", event.recordId());
		payload.put("documentNumber", event.documentNumber());
		payload.put("approvedOn", event.approvedOn().toString());
		payload.put("origin", event.origin());
		// public information when the repair took the item out of publicity (only a
		// published item becomes REPAIRED): agencies had it and must drop it
		boolean wasPublic = this.creditFiles.item(event.recordId())
			.map(item -> item.publicity().status() == PublicityStatus.REPAIRED)
			.orElse(false);
		enterForSubject("remedy.repair-approved",
				(event.repairId() != 0) ? "repair-" + event.repairId()
						: "repair-" + event.origin() + "-" + event.reference(),
				event.providerCode(), event.subjectId(), event.categoryCode(), payload, wasPublic);
	}

	@ApplicationModuleListener
	void on(ObjectionAccepted event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("reference", event.reference());
		payload.put("recordId", event.recordId());
		enterForSubject("remedy.objection-accepted", "objection-" + event.objectionId() + "-accepted",
				event.providerCode(), event.subjectId(), event.categoryCode(), payload);
	}

	@ApplicationModuleListener
	void on(ObjectionDecided event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("reference", event.reference());
		payload.put("recordId", event.recordId());
		payload.put("outcome", event.outcome().name());
		payload.put("outcomeName", event.outcome().label());
		payload.put("replacementRecord", event.replacementRecord());
		payload.put("decidedOn", event.decidedOn().toString());
		enterForSubject("remedy.objection-decided", "objection-" + event.objectionId() + "-decided",
				event.providerCode(), event.subjectId(), event.categoryCode(), payload);
	}

	@ApplicationModuleListener
	void on(CommitmentSigned event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("number", event.number());
		payload.put("kind", event.kind().name());
		payload.put("kindName", event.kind().label());
		payload.put("typeName", event.typeName());
		payload.put("signedOn", event.signedOn().toString());
		payload.put("dueOn", (event.dueOn() != null) ? event.dueOn().toString() : null);
		enterForSubject("commitment.signed", "commitment-" + event.number() + "-signed", event.departmentCode(),
				event.subjectId(), "XYCN", payload);
	}

	/** A kept commitment: positive information (承诺践诺) for evaluations elsewhere. */
	@ApplicationModuleListener
	void on(CommitmentFulfilled event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("number", event.number());
		payload.put("kind", event.kind().name());
		payload.put("foundOn", event.foundOn().toString());
		enterForSubject("commitment.fulfilled", "commitment-" + event.number() + "-found", event.departmentCode(),
				event.subjectId(), "XYCN", payload);
	}

	@ApplicationModuleListener
	void on(CommitmentBroken event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("number", event.number());
		payload.put("kind", event.kind().name());
		payload.put("foundOn", event.foundOn().toString());
		payload.put("tier", event.tier().name());
		payload.put("tierName", event.tier().label());
		payload.put("recordId", event.recordId());
		enterForSubject("commitment.broken", "commitment-" + event.number() + "-found", event.departmentCode(),
				event.subjectId(), "WBCN", payload);
	}

	/**
	 * A change of grade: for departments and the credit office only (the event's
	 * audience); a sector model's changes carry its sector as the industry a subscription
	 * can filter on.
	 */
	@ApplicationModuleListener
	void on(GradeChanged event) {
		String type = "evaluation.grade-changed";
		if (!this.subscriptions.anyActive(type)) {
			return;
		}
		Subject subject = this.subjects.find(event.subjectId()).orElse(null);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("subjectName", (subject == null) ? null : subject.name());
		payload.put("subjectCode",
				(subject == null || subject.currentKey() == null) ? null : subject.currentKey().value());
		payload.put("modelCode", event.modelCode());
		payload.put("modelName", event.modelName());
		payload.put("sector", event.sector());
		payload.put("fromGrade", event.fromGrade().name());
		payload.put("toGrade", event.toGrade().name());
		payload.put("fromScore", event.fromScore());
		payload.put("toScore", event.toScore());
		payload.put("changedAt", event.changedAt().toString());
		write(List.of(new Entry(type, "grade-change-" + event.changeId(), this.clock.instant(), null,
				(String) payload.get("subjectCode"), false, region(subject), event.sector(), null,
				this.payloads.json(payload))));
	}

	/** A risk alert, for the department it was raised to and the credit office. */
	@ApplicationModuleListener
	void on(RiskAlertRaised event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("alertId", event.alertId());
		payload.put("ruleCode", event.ruleCode());
		payload.put("ruleName", event.ruleName());
		payload.put("reason", event.reason());
		payload.put("suggestsWatchList", event.suggestsWatchList());
		enterForSubject("evaluation.risk-alert", "risk-alert-" + event.alertId(), event.departmentCode(),
				event.subjectId(), null, payload);
	}

	/** An entry about one subject, named by its name and current code. */
	private void enterForSubject(String type, String sourceKey, String department, SubjectId subjectId, String category,
			Map<String, Object> details) {
		enterForSubject(type, sourceKey, department, subjectId, category, details, false);
	}

	/**
	 * @param publicInfo whether the entry reports public information (agencies receive
	 * nothing else); never for a natural person
	 */
	private void enterForSubject(String type, String sourceKey, String department, SubjectId subjectId, String category,
			Map<String, Object> details, boolean publicInfo) {
		if (!this.subscriptions.anyActive(type)) {
			return;
		}
		Subject subject = this.subjects.find(subjectId).orElse(null);
		String code = (subject == null || subject.currentKey() == null) ? null : subject.currentKey().value();
		boolean person = subject != null && subject.type().isPerson();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("subjectName", (subject == null) ? null : subject.name());
		payload.put("subjectCode", code);
		payload.put("categoryCode", category);
		payload.putAll(details);
		write(List.of(new Entry(type, sourceKey, this.clock.instant(), department, code, person,
				person ? null : region(subject), null, category, this.payloads.json(payload),
				publicInfo && subject != null && !person)));
	}

	@ApplicationModuleListener
	void on(QualityNoticeRaised event) {
		enterForDepartment(QUALITY_NOTICE, "notice-" + event.noticeId(), event.providerCode(), event);
	}

	// A department's task events are entered in the transaction that changed the task
	// (before it commits), not after it through the event publication registry: they
	// are the most frequent events (every check that names a measure opens a task), the
	// entry is a local append, and the registry would write, complete and delete a row
	// of its own, in a transaction of its own, for every task. The entry commits or rolls
	// back with the task.
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskOpened event) {
		enterForDepartment("inbox.task-opened", "task-" + event.taskId(), event.departmentCode(), event);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskDueSoon event) {
		enterForDepartment("inbox.task-due-soon", "task-" + event.taskId(), event.departmentCode(), event);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskOverdue event) {
		enterForDepartment("inbox.task-overdue", "task-" + event.taskId(), event.departmentCode(), event);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TaskCompleted event) {
		enterForDepartment("inbox.task-completed", "task-" + event.taskId(), event.departmentCode(), event);
	}

	private void enterForDepartment(String type, String sourceKey, String department, Object payload) {
		if (this.subscriptions.anyActive(type)) {
			write(List.of(new Entry(type, sourceKey, this.clock.instant(), department, null, false, null, null, null,
					this.payloads.json(payload))));
		}
	}

	/** Enters the entries and hands each webhook subscription they reach its messages. */
	void write(List<Entry> entries) {
		List<Stored> stored = this.feed.append(entries);
		if (stored.isEmpty()) {
			return;
		}
		Set<String> types = new java.util.HashSet<>();
		stored.forEach(s -> types.add(s.entry().type()));
		Map<Long, List<OutgoingMessage>> byEndpoint = new HashMap<>();
		for (Subscription subscription : this.subscriptions.active(types)) {
			if (subscription.delivery() != Delivery.WEBHOOK || subscription.endpointId() == null) {
				continue;
			}
			for (Stored entry : stored) {
				if (Matching.reaches(entry, subscription, this.catalogue.find(entry.entry().type()))) {
					byEndpoint.computeIfAbsent(subscription.endpointId(), id -> new ArrayList<>())
						.add(new OutgoingMessage(entry.entry().type(), entry.id() + "-sub-" + subscription.id(),
								this.payloads.envelope(entry, subscription)));
				}
			}
		}
		byEndpoint.forEach(this.outbox::enqueueAll);
	}

	private Map<SubjectId, Subject> subjectsOf(List<SubjectId> ids) {
		Map<SubjectId, Subject> found = new HashMap<>();
		this.subjects.findAll(ids.stream().distinct().toList()).forEach(s -> found.put(s.id(), s));
		return found;
	}

	static String region(Subject subject) {
		return (subject == null) ? null : subject.region();
	}

}
