package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskType;
import io.gongxin.measures.CheckAnswer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
	 * way); empty while the holiday notice of a year the period runs into is not loaded
	 * (late in a year, before the State Council's notice is): the check is answered and
	 * its task opened all the same, and {@link FeedbackDueSweep} sets the day once the
	 * notice is loaded.
	 */
	public Optional<LocalDate> due(LocalDate checkDay) {
		return this.workingDays.addWorkingDaysIfCovered(checkDay, this.type.workingDays());
	}

	/**
	 * The parts of a stored answer its task is made of. Read from the stored JSON without
	 * the measures' texts: the follow-up opens hundreds of tasks a second under load.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TicketAnswer(long checkId, String scenarioName, String department, int sanctions, int incentives,
			List<TicketSubject> subjects) {

		static TicketAnswer of(CheckAnswer answer) {
			return new TicketAnswer(answer.checkId(), answer.scenarioName(), answer.department(), answer.sanctions(),
					answer.incentives(),
					answer.subjects()
						.stream()
						.map(s -> new TicketSubject(s.subjectName(), s.subjectCode(), s.subjectType(),
								Skipped.times(s.sanctions().size()), Skipped.times(s.incentives().size())))
						.toList());
		}

	}

	/** A subject of the answer: who, and the measures named for them (counted only). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TicketSubject(String subjectName, String subjectCode, String subjectType, List<Skipped> sanctions,
			List<Skipped> incentives) {

		boolean namesMeasures() {
			return (this.sanctions != null && !this.sanctions.isEmpty())
					|| (this.incentives != null && !this.incentives.isEmpty());
		}

	}

	/** A measure in the stored answer, counted but not read. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Skipped() {

		static List<Skipped> times(int count) {
			return java.util.Collections.nCopies(count, new Skipped());
		}

	}

	/**
	 * Puts the check's task in the department's inbox; returns the one already there, if
	 * any.
	 */
	public Task open(CheckAnswer answer, LocalDate checkDay) {
		return openAll(List.of(TicketAnswer.of(answer)), List.of(checkDay)).get(0);
	}

	/**
	 * Puts the tasks of many checks in their departments' inboxes at once (the
	 * follow-up's group); the tasks in the order given.
	 */
	public List<Task> openAll(List<TicketAnswer> answers, List<LocalDate> checkDays) {
		List<NewTask> tasks = new java.util.ArrayList<>(answers.size());
		for (int i = 0; i < answers.size(); i++) {
			tasks.add(task(answers.get(i), checkDays.get(i)));
		}
		return this.inbox.openAll(tasks);
	}

	private NewTask task(TicketAnswer answer, LocalDate checkDay) {
		List<TicketSubject> named = answer.subjects().stream().filter(TicketSubject::namesMeasures).toList();
		TicketSubject first = named.get(0);
		int subjects = named.size();
		String title = "联合奖惩反馈：" + answer.scenarioName() + "核查（" + first.subjectName()
				+ ((subjects > 1) ? "等" + subjects + "个主体" : "") + "，惩戒措施" + answer.sanctions() + "项、激励措施"
				+ answer.incentives() + "项，核查编号 " + answer.checkId() + "）";
		return new NewTask(this.type, answer.department(), title, first.subjectName(), first.subjectCode(),
				"自然人".equals(first.subjectType()), source(answer.checkId()), checkDay);
	}

	public static String source(long checkId) {
		return "measures.check:" + checkId;
	}

}
