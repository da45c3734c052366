package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskType;
import io.gongxin.measures.CheckAnswer;
import io.gongxin.measures.SubjectAnswer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The feedback task (联合奖惩反馈) a check asks for: its type and deadline rule, its due date,
 * and putting it in the department's inbox. The check computes the due date; the task is
 * opened after the check committed (in groups, by {@link CheckFollowUp}) or, at the
 * latest, when the department reports.
 */
@Component
public class FeedbackTickets {

	private final Inbox inbox;

	private final WorkingDays workingDays;

	private final TaskType type;

	FeedbackTickets(Inbox inbox, WorkingDays workingDays,
			@Value("${gongxin.measures.feedback-working-days:10}") int feedbackWorkingDays) {
		this.inbox = inbox;
		this.workingDays = workingDays;
		this.type = new TaskType("MEASURE_FEEDBACK", "联合奖惩反馈", feedbackWorkingDays, "平台规则（未见全国统一时限）：核查发现联合奖惩措施的，"
				+ "实施部门应在" + feedbackWorkingDays + "个工作日内反馈执行情况（gongxin.measures.feedback-working-days）");
	}

	public TaskType type() {
		return this.type;
	}

	/**
	 * The day feedback is due for a check made on that day (the inbox counts the same
	 * way).
	 */
	public LocalDate due(LocalDate checkDay) {
		return this.workingDays.deadline(checkDay, this.type.workingDays(), this.type.legalBasis()).due();
	}

	/**
	 * Puts the check's task in the department's inbox; returns the one already there, if
	 * any.
	 */
	public Task open(CheckAnswer answer, LocalDate checkDay) {
		List<SubjectAnswer> named = answer.subjects().stream().filter(SubjectAnswer::namesMeasures).toList();
		SubjectAnswer first = named.get(0);
		int subjects = named.size();
		String title = "联合奖惩反馈：" + answer.scenarioName() + "核查（" + first.subjectName()
				+ ((subjects > 1) ? "等" + subjects + "个主体" : "") + "，惩戒措施" + answer.sanctions() + "项、激励措施"
				+ answer.incentives() + "项，核查编号 " + answer.checkId() + "）";
		return this.inbox.open(new NewTask(this.type, answer.department(), title, first.subjectName(),
				first.subjectCode(), "自然人".equals(first.subjectType()), source(answer.checkId()), checkDay));
	}

	public static String source(long checkId) {
		return "measures.check:" + checkId;
	}

}
