package io.gongxin.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.evaluation.internal.AlertStore;
import io.gongxin.inbox.Inbox;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.DepartmentScope;
import io.gongxin.subject.SubjectId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk alerts on departments' desks: the department signs for an alert, records the
 * interviews it held (谁认定、谁约谈) and its follow-up; officers decide on the alerts that
 * suggest a 重点关注名单 entry, which is never made automatically.
 */
@Service
public class RiskAlerts {

	private final AlertStore store;

	private final Inbox inbox;

	private final DepartmentScope scope;

	private final AuditLog audit;

	private final Clock clock;

	RiskAlerts(AlertStore store, Inbox inbox, DepartmentScope scope, AuditLog audit, Clock clock) {
		this.store = store;
		this.inbox = inbox;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RiskAlert get(long id) {
		RiskAlert alert = this.store.get(id);
		this.scope.require(alert.departmentCode());
		return alert;
	}

	@Transactional(readOnly = true)
	public List<RiskAlert> page(String department, AlertState state, Long beforeId, int limit) {
		return this.store.page(department, state, (beforeId == null) ? Long.MAX_VALUE : beforeId,
				Math.max(1, Math.min(limit, 100)));
	}

	@Transactional(readOnly = true)
	public List<RiskAlert> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	@Transactional(readOnly = true)
	public List<RiskAlert> pendingSuggestions(int limit) {
		return this.store.pendingSuggestions(Math.max(1, Math.min(limit, 200)));
	}

	/** The department signs for the alert (its inbox task is started). */
	@Transactional
	public RiskAlert acknowledge(long id) {
		RiskAlert alert = get(id);
		if (!this.store.acknowledge(id, ActingUser.currentName(), this.clock.instant())) {
			throw new DomainException("GX-EVA-011", ProblemKind.CONFLICT, "The alert was signed for already.");
		}
		if (alert.taskId() != null) {
			this.inbox.start(alert.taskId(), "已签收信用风险预警");
		}
		this.audit.record(AuditEntry.change("evaluation.alert.acknowledge", "risk-alert", Long.toString(id)));
		return this.store.get(id);
	}

	/**
	 * Records an interview the alert's department held; the department that found the
	 * conduct interviews.
	 */
	@Transactional
	public RiskAlert interview(long id, InterviewKind kind, LocalDate heldOn, String interviewee, String outcome) {
		RiskAlert alert = get(id);
		if (kind == null || heldOn == null || heldOn.isAfter(LocalDate.now(this.clock))) {
			throw invalid("请选择约谈类型，约谈日期不得晚于今天", (kind == null) ? "kind" : "heldOn");
		}
		String who = FormText.required(interviewee, 200, "被约谈人", reason -> invalid(reason, "interviewee"));
		String what = FormText.required(outcome, 2000, "约谈情况及结果", reason -> invalid(reason, "outcome"));
		this.store.interview(id, kind, alert.departmentCode(), heldOn, who, what, ActingUser.currentName(),
				this.clock.instant());
		this.audit.record(AuditEntry.change("evaluation.alert.interview", "risk-alert", Long.toString(id))
			.after(kind.name() + " " + heldOn));
		return this.store.get(id);
	}

	/** Closes the alert with what the department did (its inbox task completes). */
	@Transactional
	public RiskAlert resolve(long id, String followUp) {
		RiskAlert alert = get(id);
		String what = FormText.required(followUp, 2000, "处置情况", reason -> invalid(reason, "followUp"));
		if (!this.store.resolve(id, what, ActingUser.currentName(), this.clock.instant())) {
			throw new DomainException("GX-EVA-012", ProblemKind.CONFLICT, "The alert was resolved already.");
		}
		if (alert.taskId() != null) {
			this.inbox.complete(alert.taskId(), what);
		}
		this.audit.record(AuditEntry.change("evaluation.alert.resolve", "risk-alert", Long.toString(id)));
		return this.store.get(id);
	}

	/**
	 * An officer decides on a suggested 重点关注名单 entry; the listing, if any, is the
	 * department's.
	 */
	@Transactional
	public RiskAlert decideSuggestion(long id, boolean accept, String note) {
		String why = FormText.required(note, 1000, "研判意见", reason -> invalid(reason, "note"));
		if (!this.store.decideSuggestion(id, accept ? WatchListSuggestion.ACCEPTED : WatchListSuggestion.DECLINED, why,
				ActingUser.currentName())) {
			throw new DomainException("GX-EVA-013", ProblemKind.CONFLICT, "The alert has no suggestion to decide.");
		}
		this.audit.record(AuditEntry.change("evaluation.alert.suggestion", "risk-alert", Long.toString(id))
			.after(accept ? "ACCEPTED" : "DECLINED"));
		return this.store.get(id);
	}

	/** The refusal, naming the form field it concerns so that pages can show it there. */
	private static DomainException invalid(String reason, String field) {
		return new DomainException("GX-EVA-014", ProblemKind.BAD_REQUEST, "The alert's record is not valid: " + reason,
				Map.of("reason", reason, "field", field));
	}

}
