package io.gongxin.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department inbox on real PostgreSQL with the bundled holiday calendar and a clock
 * the test sets.
 */
@GongxinIntegrationTest
@Import(InboxIT.Time.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT {

	/** The 信用广州 objection process: acceptance is decided within 2 working days. */
	static final TaskType ACCEPTANCE = new TaskType("OBJECTION_ACCEPTANCE", "异议受理", 2, "信用广州异议处理流程：收到申请后2个工作日内决定是否受理");

	/** The provider's check under a 协查函: 10 working days. */
	static final TaskType CHECK = new TaskType("OBJECTION_CHECK", "异议协查", 10, "信用广州异议处理流程：信息提供单位10个工作日内核查并回复");

	static final String OWN = "GZ-SCJGJ";

	static final String OTHER = "GZ-STJ";

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

		@Bean
		TaskEvents taskEvents() {
			return new TaskEvents();
		}

	}

	static final class TaskEvents {

		final List<Object> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void dueSoon(TaskDueSoon event) {
			this.seen.add(event);
		}

		@EventListener
		void overdue(TaskOverdue event) {
			this.seen.add(event);
		}

		<T> List<T> of(Class<T> type) {
			return this.seen.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	@Autowired
	Inbox inbox;

	@Autowired
	SettableClock clock;

	@Autowired
	TaskEvents events;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	String clerk;

	String otherClerk;

	String officer;

	@BeforeAll
	void departments() {
		SystemActor.runAs("test", () -> {
			this.providers
				.register(new Provider(OWN, "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"), "440100", true, 0));
			this.providers
				.register(new Provider(OTHER, "广州市生态环境局", CheckCharacters.uscc("11440100MB2D4417"), "440100", true, 0));
		});
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, OWN);
		this.otherClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, OTHER);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@BeforeEach
	void clearEvents() {
		this.events.seen.clear();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTwoWorkingDayTaskOpenedOnTheEveOfNationalDayIsDueAfterTheHolidayAndOverdueTheDayAfter() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 9, 30, 16, 30));
		Task task = open(new NewTask(ACCEPTANCE, OWN, "受理广州某某贸易有限公司的异议申请", "广州某某贸易有限公司",
				CheckCharacters.uscc("91440101MA5C8K2X"), false, "objection:2026-0930-01", null));

		// 10-01..10-07 are off; 10-08 and 10-09 are the two working days
		assertThat(task.startDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(task.legalBasis()).contains("2个工作日");
		assertThat(sweep()).isZero();

		this.clock.set(LocalDateTime.of(2026, 10, 8, 8, 0));
		assertThat(sweep()).isEqualTo(1);
		assertThat(this.events.of(TaskDueSoon.class)).singleElement()
			.satisfies(e -> assertThat(e.taskId()).isEqualTo(task.id()));
		assertThat(sweep()).as("a reminder is sent once").isZero();

		this.clock.set(LocalDateTime.of(2026, 10, 9, 17, 59));
		assertThat(this.inbox.task(task.id()).overdueOn(this.inbox.today())).isFalse();
		assertThat(this.inbox.overdue(OWN, 10)).isEmpty();
		assertThat(this.inbox.nearDue(OWN, 10)).extracting(Task::id).contains(task.id());
		assertThat(sweep()).isZero();

		// 10-10 is a Saturday worked in exchange for the holiday: the first day late
		this.clock.set(LocalDateTime.of(2026, 10, 10, 8, 0));
		assertThat(this.inbox.overdue(OWN, 10)).extracting(Task::id).containsExactly(task.id());
		assertThat(sweep()).isEqualTo(1);
		assertThat(this.events.of(TaskOverdue.class)).singleElement()
			.satisfies(e -> assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 10, 9)));
		assertThat(sweep()).as("an overdue notice is sent once").isZero();

		this.mvc.perform(get("/inbox").header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已逾期 1 个工作日")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("广州市市场监督管理局 · 待办事项")));

		this.clock.set(LocalDateTime.of(2026, 10, 12, 10, 0));
		Task done = SystemActor.callAs("test", () -> this.inbox.complete(task.id(), "已受理，转信息提供单位协查"));
		assertThat(done.onTime()).isFalse();
		assertThat(done.finishedOn()).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void aSourceOpensOneTaskHoweverOftenItAsks() {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		Task first = open(NewTask.of(CHECK, OWN, "核查异议：处罚决定书文号有误", "objection:2026-1102-07"));
		Task again = open(NewTask.of(CHECK, OWN, "核查异议：处罚决定书文号有误", "objection:2026-1102-07"));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
	}

	@Test
	void aGroupOpensEachNewSourceOnceInOrderAndGivesBackTasksAlreadyOpen() {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		Task earlier = open(NewTask.of(CHECK, OWN, "核查异议：许可有效期有误", "objection:group-1"));
		this.events.seen.clear();

		List<Task> group = SystemActor.callAs("test", () -> this.inbox.openAll(List.of(
				NewTask.of(CHECK, OTHER, "核查异议：环保处罚金额有误", "objection:group-2"),
				NewTask.of(CHECK, OWN, "核查异议：许可有效期有误", "objection:group-1"),
				new NewTask(CHECK, OWN, "核查异议：广州某某贸易有限公司处罚信息", "广州某某贸易有限公司", CheckCharacters.uscc("91440101MA5C8K2X"),
						false, "objection:group-3", LocalDate.of(2026, 10, 30)),
				NewTask.of(CHECK, OTHER, "核查异议：环保处罚金额有误", "objection:group-2"))));

		assertThat(group).extracting(Task::sourceRef)
			.containsExactly("objection:group-2", "objection:group-1", "objection:group-3", "objection:group-2");
		assertThat(group.get(1).id()).isEqualTo(earlier.id());
		assertThat(group.get(3).id()).isEqualTo(group.get(0).id());
		assertThat(group.get(0).departmentCode()).isEqualTo(OTHER);
		assertThat(group.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
		// each task counts from its own start
		assertThat(group.get(2).dueDate()).isEqualTo(LocalDate.of(2026, 11, 13));
		assertThat(group.get(2).subjectName()).isEqualTo("广州某某贸易有限公司");
		assertThat(group.get(2).state()).isEqualTo(TaskState.OPEN);
		assertThat(SystemActor.callAs("test", () -> this.inbox.history(group.get(2).id()))).singleElement()
			.satisfies(change -> assertThat(change.to()).isEqualTo(TaskState.OPEN));
		assertThat(this.inbox.bySource("objection:group-2")).map(Task::id).contains(group.get(0).id());
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> SystemActor.callAs("test",
					() -> this.inbox.openAll(List.of(NewTask.of(CHECK, OWN, "核查", "objection:group-4"),
							NewTask.of(CHECK, "NO-SUCH-DEPT", "核查", "objection:group-5")))))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-INB-002"));
		assertThat(this.inbox.bySource("objection:group-4")).as("a refused group opens nothing").isEmpty();
	}

	@Test
	void aTaskForAnUnregisteredDepartmentIsRefusedWhileOneBeyondTheCalendarWaitsForItsDueDay() {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> open(NewTask.of(CHECK, "NO-SUCH-DEPT", "核查", "objection:nobody")))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-INB-002"));
		Task beyond = open(
				new NewTask(CHECK, OWN, "核查", null, null, false, "objection:2099", LocalDate.of(2099, 3, 1)));
		assertThat(beyond.duePending()).isTrue();
		assertThat(beyond.overdueOn(LocalDate.of(2100, 1, 1))).isFalse();
		// its deadline cannot be extended before it is counted
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> SystemActor.callAs("test", () -> this.inbox.extend(beyond.id(), 5, "案情复杂")))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-CAL-001"));
	}

	@Test
	void aClerkSeesAndWorksOnlyHisOwnDepartmentsTasksWhileTheOfficeSeesAll() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		Task own = open(NewTask.of(CHECK, OWN, "核查异议：行政处罚信息公示期有误", "objection:scope-1"));
		Task other = open(NewTask.of(CHECK, OTHER, "核查异议：环保处罚金额有误", "objection:scope-2"));

		this.mvc.perform(get("/api/inbox/tasks").header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(own.id())).exists())
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(other.id())).doesNotExist());
		this.mvc.perform(get("/api/inbox/tasks/{id}", other.id()).header("X-API-Key", this.clerk))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-003"));
		this.mvc.perform(get("/api/inbox/tasks").param("department", OTHER).header("X-API-Key", this.clerk))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/inbox/tasks/{id}/complete", other.id()).header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"越权办结\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.inbox.task(other.id()).state()).isEqualTo(TaskState.OPEN);

		this.mvc.perform(get("/api/inbox/backlog").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.departmentCode == 'GZ-STJ')].departmentName").value("广州市生态环境局"));
		this.mvc.perform(get("/api/inbox/backlog").header("X-API-Key", this.otherClerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/inbox/overview").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("广州市生态环境局")));
	}

	@Test
	void finishingNeedsAnOutcomeAndAFinishedTaskStaysFinished() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		Task task = open(NewTask.of(CHECK, OWN, "核查异议：许可证有效期有误", "objection:finish-1"));
		this.mvc
			.perform(post("/api/inbox/tasks/{id}/complete", task.id()).header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-INB-005"));
		this.mvc.perform(post("/api/inbox/tasks/{id}/start", task.id()).header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		this.mvc
			.perform(post("/api/inbox/tasks/{id}/complete", task.id()).header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"经核查，有效期录入错误，已更正后重新报送\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"));
		this.mvc.perform(post("/api/inbox/tasks/{id}/start", task.id()).header("X-API-Key", this.clerk))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-INB-003"));
		assertThat(this.inbox.history(task.id())).extracting(TaskChange::to)
			.containsExactly(TaskState.OPEN, TaskState.IN_PROGRESS, TaskState.DONE);
	}

	@Test
	void statisticsGiveTheShareOnTimeAndTheAverageWorkingDaysPerType() {
		// both started Monday 2026-11-02; finished Friday 11-06, 4 working days later
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		Task check = open(new NewTask(CHECK, OTHER, "核查异议：统计一", null, null, false, "stats:1", null));
		Task acceptance = open(new NewTask(ACCEPTANCE, OTHER, "受理异议：统计二", null, null, false, "stats:2", null));
		Task quick = open(new NewTask(ACCEPTANCE, OTHER, "受理异议：统计三", null, null, false, "stats:3", null));
		this.clock.set(LocalDateTime.of(2026, 11, 3, 9, 0));
		SystemActor.runAs("test", () -> this.inbox.complete(quick.id(), "已受理"));
		this.clock.set(LocalDateTime.of(2026, 11, 6, 9, 0));
		SystemActor.runAs("test", () -> this.inbox.complete(check.id(), "已核查回复"));
		SystemActor.runAs("test", () -> this.inbox.complete(acceptance.id(), "不予受理：不属于异议范围"));

		List<TaskStatistics> statistics = this.inbox.statistics(OTHER, LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30));
		assertThat(statistics).filteredOn(s -> s.typeCode().equals("OBJECTION_CHECK")).singleElement().satisfies(s -> {
			assertThat(s.done()).isEqualTo(1);
			assertThat(s.onTimePercent()).isEqualByComparingTo("100.0");
			assertThat(s.averageWorkingDays()).isEqualByComparingTo("4.0");
		});
		assertThat(statistics).filteredOn(s -> s.typeCode().equals("OBJECTION_ACCEPTANCE"))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.done()).isEqualTo(2);
				assertThat(s.onTime()).isEqualTo(1);
				assertThat(s.onTimePercent()).isEqualByComparingTo("50.0");
				assertThat(s.averageWorkingDays()).isEqualByComparingTo("2.5");
				assertThat(s.typeName()).isEqualTo("异议受理");
			});
	}

	Task open(NewTask task) {
		return SystemActor.callAs("test", () -> this.inbox.open(task));
	}

	int sweep() {
		return SystemActor.callAs("test", () -> this.inbox.sendReminders());
	}

}
