package io.gongxin.measures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.internal.CalendarYears;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskState;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.lists.Lists;
import io.gongxin.measures.internal.CheckFollowUp;
import io.gongxin.measures.internal.FeedbackDueSweep;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.SettableClock;
import io.gongxin.support.SettableTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.ListRecords.aSeriousDiscreditListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checks made late in December, before the State Council's holiday notice for the next
 * year is loaded: the feedback period cannot be counted yet, yet the check is answered,
 * its task is opened without a due day, the department may report, and once an
 * administrator loads the notice the tickets and their tasks get their due day.
 */
@GongxinIntegrationTest
@Import(SettableTime.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckFeedbackDueIT {

	static final String MARKET = "GZ-SCJG-D";

	static final String FINANCE = "GZ-CZJ-D";

	static final String LISTED = "广州市跨年建材有限公司";

	static final String LISTED_USCC = CheckCharacters.uscc("91440101MA5CY2K8");

	@Autowired
	MockMvc mvc;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Lists lists;

	@Autowired
	Subjects subjects;

	@Autowired
	Inbox inbox;

	@Autowired
	AuditLog audit;

	@Autowired
	CreditChecks checks;

	@Autowired
	CheckFollowUp followUp;

	@Autowired
	FeedbackDueSweep sweep;

	@Autowired
	io.gongxin.inbox.internal.DueSweep taskDays;

	@Autowired
	CalendarYears calendar;

	@Autowired
	io.gongxin.calendar.WorkingDays workingDays;

	@Autowired
	SettableClock clock;

	String financeClerk;

	@BeforeAll
	void listAnEnterpriseThroughTheIntake() {
		SystemActor.runAs("test", () -> {
			this.providers.register(
					new Provider(MARKET, "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9246"), "440100", true, 0));
			this.providers
				.register(new Provider(FINANCE, "广州市财政局", CheckCharacters.uscc("11440100MB2D5530"), "440100", true, 0));
			this.ingestion.submitRows(MARKET, "YZSX",
					List.of(aSeriousDiscreditListing().of(LISTED, LISTED_USCC)
						.by("广州市市场监督管理局")
						.listedOn(LocalDate.of(2026, 11, 2))
						.row()),
					Channel.API);
		});
		this.financeClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, FINANCE);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.subjects.findByKey(SubjectKey.uscc(LISTED_USCC))
				.map(subject -> !this.lists.inForce(subject.id(), java.time.Instant.now()).isEmpty())
				.orElse(false));
	}

	@AfterAll
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCheckWhosePeriodRunsIntoAYearWithoutNoticeIsAnsweredWithATaskThatGetsItsDueDayOnceTheNoticeIsLoaded()
			throws Exception {
		// Monday 21 December 2026: ten working days reach into 2027, whose notice is not
		// loaded
		this.clock.set(LocalDateTime.of(2026, 12, 21, 10, 0));
		assertThat(this.workingDays.isCovered(2027)).isFalse();
		long waiting = check("""
				{"scenario":"GOVERNMENT_PROCUREMENT","subjects":[{"uscc":"%s"}]}""".formatted(LISTED_USCC));
		long reported = check("""
				{"scenario":"BIDDING","subjects":[{"uscc":"%s"}]}""".formatted(LISTED_USCC));
		this.mvc.perform(get("/api/checks/{id}", waiting).header("X-API-Key", this.financeClerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ticket.number").value("FK-" + waiting))
			.andExpect(jsonPath("$.ticket.due").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.ticket.workingDays").value(10));
		// the task is on the department's desk all the same, without a due day
		this.followUp.runAll();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.checks.taskOf(waiting).isPresent());
		Task task = this.inbox.task(this.checks.taskOf(waiting).orElseThrow());
		assertThat(task.duePending()).isTrue();
		assertThat(task.departmentCode()).isEqualTo(FINANCE);
		assertThat(this.sweep.setDues()).isZero();
		// the officer's page says why the ticket has no day yet
		assertThat(this.mvc
			.perform(post("/checks").header("X-API-Key", this.financeClerk)
				.param("scenario", "GOVERNMENT_PROCUREMENT")
				.param("subjects", LISTED_USCC))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("截止日期待管理员载入后确定").doesNotContain("请于 null");

		// the department reports on one of them before the notice is loaded
		this.mvc
			.perform(post("/api/checks/{id}/feedback", reported).header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(allApplied(reported)))
			.andExpect(status().isOk());
		assertThat(this.checks.feedbackOf(reported)).isNotEmpty();
		assertThat(this.inbox.task(this.checks.taskOf(reported).orElseThrow()).state()).isEqualTo(TaskState.DONE);

		// an administrator loads the notice (a test notice: New Year's Day off)
		this.calendar.store(2027, """
				{"year": 2027, "papers": ["测试用节假日安排"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
				""", "test");
		// the page's check and the first one are due; the reported one needs no day
		assertThat(this.sweep.setDues()).isEqualTo(2);
		assertThat(this.sweep.setDues()).isZero();
		assertThat(this.taskDays.setDues()).isPositive();
		// 21 December + 10 working days, 1 January off
		LocalDate due = LocalDate.of(2027, 1, 5);
		this.mvc.perform(get("/api/checks/{id}", waiting).header("X-API-Key", this.financeClerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ticket.due").value(due.toString()));
		assertThat(this.inbox.task(task.id()).dueDate()).isEqualTo(due);
		assertThat(this.inbox.task(task.id()).state()).isEqualTo(TaskState.OPEN);
		assertThat(this.audit.search(null, "measures.feedback-due", null, null, null, Long.MAX_VALUE, 10))
			.singleElement()
			.satisfies(record -> assertThat(record.details()).contains("2027-01-05"));
	}

	private long check(String body) throws Exception {
		String answer = this.mvc
			.perform(post("/api/checks").header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].sanctions").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.checkId")).longValue();
	}

	/** Feedback that every measure the check named was applied. */
	private String allApplied(long check) {
		SubjectAnswer subject = this.checks.find(check).subjects().get(0);
		java.util.Set<String> codes = new java.util.LinkedHashSet<>();
		subject.sanctions().forEach(m -> codes.add(m.code()));
		subject.incentives().forEach(m -> codes.add(m.code()));
		return codes.stream()
			.map(code -> "{\"subjectIndex\":0,\"measureCode\":\"" + code + "\",\"applied\":true}")
			.collect(java.util.stream.Collectors.joining(",", "{\"lines\":[", "]}"));
	}

}
