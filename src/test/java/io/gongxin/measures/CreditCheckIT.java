package io.gongxin.measures;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.audit.AuditLog;
import io.gongxin.client.CreditCheckClient;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.TaskState;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.measures.internal.CheckEngine;
import io.gongxin.measures.internal.CheckStore;
import io.gongxin.measures.internal.QueryParser;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.gongxin.support.ListRecords.aSeriousDiscreditListing;
import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 联合奖惩 end to end on real PostgreSQL: a listing filed through the intake, a 政府采购 check
 * that names the measure with its legal basis, the department's feedback, the exit, and
 * the earlier answer replayed.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreditCheckIT {

	static final String MARKET = "GZ-SCJG-L";

	static final String FINANCE = "GZ-CZJ-L";

	static final String LISTED = "广州市恒通建材有限公司";

	static final String LISTED_USCC = CheckCharacters.uscc("91440101MA5CT7Q3");

	static final String REPRESENTATIVE_ID = CheckCharacters.citizenId("44010619780312251");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

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
	Measures measures;

	@Autowired
	CheckEngine engine;

	@Autowired
	CheckStore checkStore;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	String financeClerk;

	String marketClerk;

	String officer;

	String secondOfficer;

	String reviewer;

	LocalDate today;

	long firstCheck;

	@BeforeAll
	void listAnEnterpriseThroughTheIntake() {
		this.today = LocalDate.now();
		SystemActor.runAs("test", () -> {
			this.providers.register(
					new Provider(MARKET, "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"), "440100", true, 0));
			this.providers
				.register(new Provider(FINANCE, "广州市财政局", CheckCharacters.uscc("11440100MB2D5521"), "440100", true, 0));
			this.ingestion.submitRows(MARKET, "YZSX",
					List.of(aSeriousDiscreditListing().of(LISTED, LISTED_USCC)
						.by("广州市市场监督管理局")
						.listedOn(this.today.minusDays(10).toString().replace("-", "/"))
						.row()),
					Channel.API);
			// a penalty naming the legal representative with an id number ties the person
			// to the enterprise
			this.ingestion.submitRows(MARKET, "XZCF",
					List.of(aPenalty().against(LISTED, LISTED_USCC)
						.by("广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"))
						.document("穗市监罚〔2026〕4401号")
						.decidedOn(this.today.minusDays(12))
						.with("CF_FRDB", "陈建国")
						.with("CF_FR_ZJLX", "身份证")
						.with("CF_FR_ZJHM", REPRESENTATIVE_ID)
						.row()),
					Channel.API);
			this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州同名贸易有限公司",
					SubjectKey.uscc(CheckCharacters.uscc("91440101MA5DN1A2"))), "test");
			this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州同名贸易有限公司",
					SubjectKey.uscc(CheckCharacters.uscc("91440106MA5DN1B7"))), "test");
		});
		this.financeClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, FINANCE);
		this.marketClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, MARKET);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.secondOfficer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.reviewer = ApiKeys.issue(this.accounts, Role.REVIEWER, null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.subjects.findByKey(SubjectKey.uscc(LISTED_USCC))
				.map(subject -> !this.lists.inForce(subject.id(), java.time.Instant.now()).isEmpty())
				.orElse(false));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.lists.representedBy(SubjectKey.citizenId(REPRESENTATIVE_ID), java.time.Instant.now())
				.isEmpty());
	}

	@Test
	@Order(1)
	void aProcurementCheckNamesTheMeasureWithItsLegalBasisAndOpensAFeedbackTicket() throws Exception {
		String body = check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scenarioName").value("政府采购"))
			.andExpect(jsonPath("$.departmentName").value("广州市财政局"))
			.andExpect(jsonPath("$.subjects[0].match").value("MATCHED"))
			.andExpect(jsonPath("$.subjects[0].subjectName").value(LISTED))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].code").value("NB-01"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].legalBasis").value("《中华人民共和国政府采购法》第二十二条第一款第（五）项"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].grounds.listName").value("市场监督管理严重违法失信名单"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].grounds.authority").value("广州市市场监督管理局"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].grounds.via").value("本主体"))
			.andExpect(
					jsonPath("$.subjects[0].sanctions[0].grounds.enteredOn").value(this.today.minusDays(10).toString()))
			.andExpect(jsonPath("$.subjects[0].incentives").isEmpty())
			.andExpect(jsonPath("$.ticket.workingDays").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.firstCheck = ((Number) JsonPath.read(body, "$.checkId")).longValue();
		assertThat((String) JsonPath.read(body, "$.ticket.number")).isEqualTo("FK-" + this.firstCheck);
		// the task is put in the inbox right after the check committed
		await().atMost(Duration.ofSeconds(20)).until(() -> this.checks.taskOf(this.firstCheck).isPresent());
		long task = this.checks.taskOf(this.firstCheck).orElseThrow();
		assertThat(this.inbox.task(task).departmentCode()).isEqualTo(FINANCE);
		assertThat(this.inbox.task(task).typeName()).isEqualTo("联合奖惩反馈");
		assertThat(this.inbox.task(task).state()).isEqualTo(TaskState.OPEN);
		// what the task says is read back from the stored answer
		assertThat(this.inbox.task(task).title())
			.isEqualTo("联合奖惩反馈：政府采购核查（" + LISTED + "，惩戒措施1项、激励措施0项，核查编号 " + this.firstCheck + "）");
		assertThat(this.inbox.task(task).subjectName()).isEqualTo(LISTED);
		assertThat(this.inbox.task(task).subjectCode()).isEqualTo(LISTED_USCC);
		assertThat(this.inbox.task(task).subjectIsPerson()).isFalse();
		// the read is audited in the same group commit that stored the check, in the
		// clerk's name
		String check = Long.toString(this.firstCheck);
		assertThat(this.audit.eventsForSubject(LISTED_USCC, 100))
			.anySatisfy(r -> assertThat(r).satisfies(e -> assertThat(e.action()).isEqualTo("measures.check"),
					e -> assertThat(e.targetId()).isEqualTo(check), e -> assertThat(e.details()).contains("GZ-CZJ-L"),
					e -> assertThat(e.actorRoles()).contains("ROLE_PROVIDER")));
	}

	@Test
	@Order(1)
	void theSubjectsPublicPageShowsTheListItIsOn() throws Exception {
		long id = this.subjects.findByKey(SubjectKey.uscc(LISTED_USCC)).orElseThrow().id().value();
		this.mvc.perform(get("/portal/subjects/{id}", id).param("tab", "yzsx"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("名单状态"),
						org.hamcrest.Matchers.containsString("当前名单状态"),
						org.hamcrest.Matchers.containsString("市场监督管理严重违法失信名单"))));
	}

	@Test
	@Order(2)
	void theDepartmentsFeedbackIsRecordedAndClosesTheTicket() throws Exception {
		this.mvc
			.perform(post("/api/checks/{id}/feedback", this.firstCheck).header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"lines":[{"subjectIndex":0,"measureCode":"NB-01","applied":false}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-014"));
		this.mvc
			.perform(post("/api/checks/{id}/feedback", this.firstCheck).header("X-API-Key", this.marketClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"lines":[{"subjectIndex":0,"measureCode":"NB-01","applied":true,"note":"已拒绝其参加本次采购"}]}"""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-003"));
		this.mvc
			.perform(post("/api/checks/{id}/feedback", this.firstCheck).header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"lines":[{"subjectIndex":0,"measureCode":"NB-01","applied":true,"note":"已拒绝其参加本次采购"}]}"""))
			.andExpect(status().isOk());
		String answer = this.mvc
			.perform(get("/api/checks/{id}", this.firstCheck).header("X-API-Key", this.financeClerk))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long task = this.checks.taskOf(this.firstCheck).orElseThrow();
		assertThat(this.inbox.task(task).state()).isEqualTo(TaskState.DONE);
		this.mvc.perform(get("/api/checks/statistics").param("by", "measure").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'NB-01')].applied").value(1))
			.andExpect(jsonPath("$[?(@.key == 'NB-01')].name").value("限制参加政府采购活动"));
		this.mvc.perform(get("/api/checks/statistics").param("by", "scenario").header("X-API-Key", this.financeClerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("政府采购"));
	}

	@Test
	@Order(3)
	void aLegalRepresentativesOwnCheckFindsTheListedEnterprise() throws Exception {
		check(this.officerFor(), "HONORS", Map.of("citizenId", REPRESENTATIVE_ID), FINANCE).andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].query")
				.value(REPRESENTATIVE_ID.substring(0, 6) + "********" + REPRESENTATIVE_ID.substring(14)))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].code").value("MG-02"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].grounds.via").value("法定代表人（" + LISTED + "）"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].grounds.listedSubject").value(LISTED));
	}

	@Test
	@Order(4)
	void anAmbiguousNameReturnsCandidatesNeverMeasures() throws Exception {
		check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("name", "广州同名贸易有限公司"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].match").value("AMBIGUOUS"))
			.andExpect(jsonPath("$.subjects[0].candidates.length()").value(2))
			.andExpect(jsonPath("$.subjects[0].sanctions").isEmpty())
			.andExpect(jsonPath("$.ticket").doesNotExist());
		check(this.financeClerk, "政府采购", Map.of("name", LISTED), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].match").value("MATCHED"))
			.andExpect(jsonPath("$.subjects[0].sanctions[0].code").value("NB-01"));
	}

	@Test
	@Order(5)
	void concurrentChecksAreEachStoredOnceWithTheirAuditRecordsAndTheChainStaysWhole() throws Exception {
		int callers = 24;
		RoundFigures before = RoundFigures.read(this.meters);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
		try {
			List<java.util.concurrent.Future<String>> plain = new ArrayList<>();
			List<java.util.concurrent.Future<Integer>> keyed = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				plain.add(pool.submit(
						() -> check(this.financeClerk, "FISCAL_SUBSIDY", Map.of("uscc", LISTED_USCC), null).andReturn()
							.getResponse()
							.getContentAsString()));
				keyed.add(pool.submit(() -> check(this.financeClerk, "FISCAL_SUBSIDY", Map.of("uscc", LISTED_USCC),
						null, "subsidy-2026-77")
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			java.util.Set<Long> ids = new java.util.HashSet<>();
			for (var answer : plain) {
				ids.add(((Number) JsonPath.read(answer.get(), "$.checkId")).longValue());
			}
			assertThat(ids).hasSize(callers);
			// one key, one stored check: the others get its answer or are asked to ask
			// again
			for (var status : keyed) {
				assertThat(status.get()).isIn(200, 409);
			}
			assertThat(this.checks.recent(FINANCE, null, 100)
				.stream()
				.filter(answer -> answer.scenario().equals("FISCAL_SUBSIDY"))
				.count()).isEqualTo(callers + 1);
			// every answer given was stored with its audit record, in the clerk's name
			for (long id : ids) {
				assertThat(this.checks.find(id).checkId()).isEqualTo(id);
			}
			assertThat(this.audit.eventsForSubject(LISTED_USCC, 500)
				.stream()
				.filter(r -> r.action().equals("measures.check") && ids.contains(Long.parseLong(r.targetId())))
				.filter(r -> r.actorRoles().contains("ROLE_PROVIDER"))
				.count()).isEqualTo(callers);
			assertThat(this.audit.verify().intact()).isTrue();
			// the rounds' meters: every check that went into a round is counted once, in
			// a round whose steps were all timed
			RoundFigures after = RoundFigures.read(this.meters);
			long rounds = after.rounds() - before.rounds();
			long checked = after.checks() - before.checks();
			assertThat(checked).isGreaterThanOrEqualTo(callers).isEqualTo(after.queued() - before.queued());
			assertThat(rounds).isPositive().isLessThanOrEqualTo(checked);
			assertThat(after.reads() - before.reads()).isEqualTo(rounds);
			assertThat(after.roundSeconds()).isGreaterThan(before.roundSeconds());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** What the meters of the shared rounds have counted so far. */
	record RoundFigures(long rounds, long checks, long queued, long reads, double roundSeconds) {

		static RoundFigures read(io.micrometer.core.instrument.MeterRegistry meters) {
			var size = meters.get("gongxin.checks.round.size").summary();
			var round = meters.get("gongxin.checks.round").timer();
			return new RoundFigures(round.count(), (long) size.totalAmount(),
					meters.get("gongxin.checks.round.queued").timer().count(),
					meters.get("gongxin.checks.round.step").tag("step", "reads").timer().count(),
					round.totalTime(java.util.concurrent.TimeUnit.SECONDS));
		}

	}

	@Test
	@Order(5)
	void checksAnsweredTogetherInOneRoundGetWhatEachWouldGetAlone() {
		java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		String unknown = CheckCharacters.uscc("91440101MA5XXX99");
		List<CheckEngine.Ask> asks = List.of(
				new CheckEngine.Ask(Scenario.GOVERNMENT_PROCUREMENT,
						QueryParser.parse(List.of(SubjectQuery.ofUscc(LISTED_USCC), SubjectQuery.ofUscc(unknown)))),
				new CheckEngine.Ask(Scenario.HONORS,
						QueryParser.parse(List.of(SubjectQuery.ofCitizenId(REPRESENTATIVE_ID)))),
				new CheckEngine.Ask(Scenario.FISCAL_SUBSIDY,
						QueryParser.parse(List.of(SubjectQuery.ofUscc(unknown), SubjectQuery.ofUscc(LISTED_USCC)))));
		List<List<SubjectAnswer>> together = this.engine.answerAll(asks, at);
		for (int i = 0; i < asks.size(); i++) {
			assertThat(together.get(i))
				.isEqualTo(this.engine.answer(asks.get(i).scenario(), asks.get(i).queries(), at));
		}
		assertThat(together.get(0).get(0).sanctions()).extracting(AppliedMeasure::code).contains("NB-01");
		assertThat(together.get(0).get(1).match()).isEqualTo(Match.NOT_FOUND);
		assertThat(together.get(1).get(0).sanctions()).extracting(m -> m.grounds().via())
			.contains("法定代表人（" + LISTED + "）");
		assertThat(together.get(2).get(0).match()).isEqualTo(Match.NOT_FOUND);
		assertThat(together.get(2).get(1).match()).isEqualTo(Match.MATCHED);
	}

	@Test
	@Order(5)
	void concurrentChecksSharingRoundsEachReplayExactly() throws Exception {
		int callers = 12;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
		try {
			List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				Map<String, String> subject = (i % 2 == 0) ? Map.of("uscc", LISTED_USCC)
						: Map.of("citizenId", REPRESENTATIVE_ID);
				String scenario = (i % 2 == 0) ? "GOVERNMENT_PROCUREMENT" : "HONORS";
				answers.add(pool.submit(() -> check(this.financeClerk, scenario, subject, null).andReturn()
					.getResponse()
					.getContentAsString()));
			}
			for (int i = 0; i < callers; i++) {
				String answer = answers.get(i).get();
				assertThat((String) JsonPath.read(answer, "$.subjects[0].sanctions[0].code"))
					.isEqualTo((i % 2 == 0) ? "NB-01" : "MG-02");
				long id = ((Number) JsonPath.read(answer, "$.checkId")).longValue();
				this.mvc.perform(get("/api/checks/{id}/replay", id).header("X-API-Key", this.officer))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.identical").value(true));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@Order(6)
	void anIdempotencyKeyReturnsTheFirstAnswerAsStoredAndRefusesAnotherRequest() throws Exception {
		String first = check(this.financeClerk, "BIDDING", Map.of("uscc", LISTED_USCC), null, "tender-2026-118")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = check(this.financeClerk, "BIDDING", Map.of("uscc", LISTED_USCC), null, "tender-2026-118")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the answer given again is the one stored, byte for byte, in readable Chinese
		assertThat(again).isEqualTo(first);
		assertThat(first).isEqualTo(this.jdbc.sql("SELECT answer::text FROM credit_check WHERE id = :id")
			.param("id", ((Number) JsonPath.read(first, "$.checkId")).longValue())
			.query(String.class)
			.single());
		assertThat((String) JsonPath.read(first, "$.departmentName")).isEqualTo("广州市财政局");
		check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC), null, "tender-2026-118")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-MEA-013"));
	}

	@Test
	@Order(6)
	void theJavaClientChecksAndReportsFeedback() throws Exception {
		CreditCheckClient client = new CreditCheckClient(URI.create("http://127.0.0.1:" + this.port),
				this.financeClerk);
		CreditCheckClient.Answer answer = client.check("BIDDING",
				List.of(CreditCheckClient.Subject.byUscc(LISTED_USCC.toLowerCase())), null);
		assertThat(answer.departmentName()).isEqualTo("广州市财政局");
		CreditCheckClient.Measure measure = answer.subjects().get(0).sanctions().get(0);
		assertThat(measure.code()).isEqualTo("NB-02");
		assertThat(measure.legalBasis()).startsWith("《中华人民共和国招标投标法》");
		assertThat(measure.grounds().via()).isEqualTo("本主体");
		client.feedback(answer.checkId(), List.of(new CreditCheckClient.Feedback(0, "NB-02", false, "项目已终止招标")));
		assertThat(this.inbox.task(this.checks.taskOf(answer.checkId()).orElseThrow()).state())
			.isEqualTo(TaskState.DONE);
		assertThatExceptionOfType(CreditCheckClient.Problem.class)
			.isThrownBy(() -> client.check("LOTTERY", List.of(CreditCheckClient.Subject.byUscc(LISTED_USCC)), null))
			.satisfies(problem -> assertThat(problem.code()).isEqualTo("GX-MEA-001"));
	}

	@Test
	@Order(7)
	void wrongRoleDepartmentScenarioOrBatchGetProblemResponses() throws Exception {
		check(this.reviewer, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC), FINANCE)
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/checks/{id}", this.firstCheck).header("X-API-Key", this.marketClerk))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-003"));
		check(this.financeClerk, "LOTTERY", Map.of("uscc", LISTED_USCC), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-001"));
		check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("uscc", "91440101MA5CT7Q3X0"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-008"));
		check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC, "name", LISTED), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-008"));
		check(this.officer, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-017"));
		StringBuilder batch = new StringBuilder("{\"scenario\":\"BIDDING\",\"subjects\":[");
		for (int i = 0; i < 1001; i++) {
			batch.append((i > 0) ? "," : "").append("{\"uscc\":\"").append(LISTED_USCC).append("\"}");
		}
		this.mvc
			.perform(post("/api/checks").header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch.append("]}").toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-MEA-007"));
	}

	@Test
	@Order(8)
	void aMeasureWithoutLegalBasisOrASecondOfficersReviewIsNotPublished() throws Exception {
		String proposal = """
				{"code":"SP-01","list":"SUPPLEMENTARY_SANCTION","kind":"MANAGEMENT","name":"限制参加市级评比表彰",
				 "content":"严重失信主体在名单有效期内不得参加市级评比表彰。","action":"资格审查时不予通过。",
				 "legalBasis":"%s","trigger":"SEVERE_DISHONESTY","targets":["SUBJECT"],"scenarios":["HONORS"],
				 "departments":["广州市评比达标表彰工作协调小组办公室"]}""";
		this.mvc
			.perform(post("/api/measures").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal.formatted(" ")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-MEA-002"));
		this.mvc
			.perform(post("/api/measures").header("X-API-Key", this.financeClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal.formatted("《广州市社会信用条例》")))
			.andExpect(status().isForbidden());
		String proposed = this.mvc
			.perform(post("/api/measures").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal.formatted("《广东省社会信用条例》第三十五条")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_REVIEW"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(proposed, "$.id")).longValue();
		this.mvc.perform(get("/api/public/measures"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'SP-01')]").isEmpty());
		this.mvc
			.perform(post("/api/measures/{id}/review", id).header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"approve\":true,\"note\":\"自审\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-MEA-003"));
		this.mvc
			.perform(post("/api/measures/{id}/review", id).header("X-API-Key", this.secondOfficer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"approve\":true,\"note\":\"依据核对无误\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PUBLISHED"));
		this.mvc.perform(get("/api/public/measures"))
			.andExpect(jsonPath("$[?(@.code == 'SP-01')].legalBasis").value("《广东省社会信用条例》第三十五条"))
			.andExpect(jsonPath("$[?(@.code == 'SP-01')].proposedBy")
				.value(org.hamcrest.Matchers.contains((Object) null)));
		check(this.financeClerk, "HONORS", Map.of("uscc", LISTED_USCC), null).andExpect(
				jsonPath("$.subjects[0].sanctions[*].code").value(org.hamcrest.Matchers.hasItems("MG-02", "SP-01")));
	}

	@Test
	@Order(9)
	void afterTheExitTheSameCheckNamesNothingWhileTheEarlierOneReplaysWithTheMeasure() throws Exception {
		this.mvc.perform(get("/api/public/lists/severe-dishonesty").param("q", "恒通建材"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].subjectName").value(LISTED))
			.andExpect(jsonPath("$.entries[0].subjectCode").value(LISTED_USCC));
		SystemActor.runAs("test",
				() -> this.ingestion.submitRows(MARKET, "YZSX",
						List.of(aSeriousDiscreditListing().of(LISTED, LISTED_USCC)
							.by("广州市市场监督管理局")
							.listedOn(this.today.minusDays(10))
							.exitsOn(this.today)
							.row()),
						Channel.API));
		var id = this.subjects.findByKey(SubjectKey.uscc(LISTED_USCC)).orElseThrow().id();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.lists.inForce(id, java.time.Instant.now()).isEmpty());
		check(this.financeClerk, "GOVERNMENT_PROCUREMENT", Map.of("uscc", LISTED_USCC), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].match").value("MATCHED"))
			.andExpect(jsonPath("$.subjects[0].sanctions").isEmpty())
			.andExpect(jsonPath("$.ticket").doesNotExist());
		this.mvc.perform(get("/api/checks/{id}/replay", this.firstCheck).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identical").value(true))
			.andExpect(jsonPath("$.replayed.subjects[0].sanctions[0].code").value("NB-01"));
		this.mvc.perform(get("/api/public/lists/severe-dishonesty").param("q", "恒通建材"))
			.andExpect(jsonPath("$.entries").isEmpty());
		assertThat(this.lists.history(id)).extracting(e -> e.statusLabel(this.today))
			.containsExactlyInAnyOrder("已更正", "已移出");
		assertThat(this.lists.history(id)).allMatch(e -> e.kind() == ListKind.SEVERE_DISHONESTY);
	}

	@Test
	@Order(10)
	void theCourtsListShowsPersonsMaskedWhileOtherListsShowOrganisationsOnly() throws Exception {
		String debtorId = CheckCharacters.citizenId("44010419850611321");
		SystemActor.runAs("test",
				() -> this.ingestion.submitRows(MARKET, "SFZX",
						List.of(Map.of("ZX_ZTMC", "李建华", "ZX_ZTLB", "自然人", "ZX_ZJLX", "身份证", "ZX_ZJHM", debtorId,
								"ZX_AH", "（2026）粤0104执1234号", "ZX_ZXFY", "广州市越秀区人民法院", "ZX_SXQX",
								"有履行能力而拒不履行生效法律文书确定义务", "ZX_FBRQ", this.today.minusDays(5).toString())),
						Channel.API));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.subjects.findByKey(SubjectKey.citizenId(debtorId))
				.map(person -> !this.lists.inForce(person.id(), java.time.Instant.now()).isEmpty())
				.orElse(false));
		String masked = debtorId.substring(0, 6) + "********" + debtorId.substring(14);
		this.mvc.perform(get("/api/public/lists/dishonest-judgment-debtor"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].subjectName").value("李建华"))
			.andExpect(jsonPath("$.entries[0].subjectCode").value(masked))
			.andExpect(jsonPath("$.entries[0].person").value(true))
			.andExpect(jsonPath("$.entries[0].publicationBasis").value("《最高人民法院关于公布失信被执行人名单信息的若干规定》"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(debtorId))));
		check(this.financeClerk, "CIVIL_SERVICE_RECRUITMENT", Map.of("citizenId", debtorId), null)
			.andExpect(jsonPath("$.subjects[0].sanctions[0].code").value("NB-06"))
			.andExpect(jsonPath("$.subjects[0].subjectCode").value(masked));
	}

	@Test
	@Order(20)
	void aKeyIsHeldByOneCheckOfItsDepartmentWithTheMeasuresItNamedAndTheAnswerIsKeptAsGiven() {
		String answer = "{\"checkId\": 1,  \"note\": \"核查结果 as given\", \"subjects\": [ ]}";
		List<CheckStore.Row> rows = new java.util.ArrayList<>();
		for (String key : java.util.Arrays.asList("store-key-1", "store-key-1", null, null)) {
			rows.add(new CheckStore.Row(this.checkStore.nextId(), "GZ-STORE-TEST", "BIDDING", key, "digest",
					java.time.Instant.parse("2026-11-02T01:00:00Z"), "test", 1, 0, 0, "{\"scenario\": \"BIDDING\"}",
					answer, null));
		}

		List<Long> named = rows.stream().map(CheckStore.Row::id).toList();
		List<Long> kept = this.checkStore.storeAll(rows, named, List.of(0, 0, 0, 0),
				List.of("NB-01", "NB-01", "NB-01", "NB-01"));

		// the second check under the same key is left out, and so is the measure it
		// named; checks without a key need none
		assertThat(kept).containsExactlyInAnyOrder(rows.get(0).id(), rows.get(2).id(), rows.get(3).id());
		assertThat(this.jdbc.sql("SELECT check_id FROM credit_check_measure WHERE check_id = ANY (:ids)")
			.param("ids", named.toArray(Long[]::new))
			.query(Long.class)
			.list()).containsExactlyInAnyOrderElementsOf(kept);
		assertThat(this.jdbc.sql("SELECT answer::text FROM credit_check WHERE id = :id")
			.param("id", rows.get(2).id())
			.query(String.class)
			.single()).isEqualTo(answer);
	}

	@Test
	@Order(11)
	void theReviewPageTakesAProposalAndASecondOfficersApproval() throws Exception {
		// refused: the same page again, what was typed kept, the rule below the basis
		this.mvc.perform(proposal("").header("X-API-Key", this.officer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"限制申报市级专项资金\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("措施必须写明法律、法规或中央政策文件依据")));
		this.mvc.perform(proposal("《广东省社会信用条例》").header("X-API-Key", this.officer).param("departments", "广州市财政局、各区财政局"))
			.andExpect(status().is3xxRedirection());
		Measure proposed = this.measures.inReview()
			.stream()
			.filter(m -> m.code().equals("SP-02"))
			.findFirst()
			.orElseThrow();
		assertThat(proposed.departments()).containsExactly("广州市财政局", "各区财政局");
		this.mvc.perform(get("/measures").header("X-API-Key", this.reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("review-" + proposed.id())));
		this.mvc
			.perform(post("/measures/{id}/review", proposed.id()).header("X-API-Key", this.officer)
				.param("approve", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("措施须由提出人以外的另一名工作人员审查")));
		this.mvc
			.perform(post("/measures/{id}/review", proposed.id()).header("X-API-Key", this.reviewer)
				.param("approve", "true")
				.param("note", "依据已核对"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.measures.inForceNow()).extracting(Measure::code).contains("SP-02");
	}

	/** The review page's proposal form for 限制申报市级专项资金, with the given legal basis. */
	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder proposal(String legalBasis) {
		return post("/measures").param("code", "sp-02")
			.param("list", "SUPPLEMENTARY_SANCTION")
			.param("kind", "MANAGEMENT")
			.param("name", "限制申报市级专项资金")
			.param("content", "严重失信主体在名单有效期内不得申报市级专项资金。")
			.param("action", "申报受理时核查，不予受理。")
			.param("legalBasis", legalBasis)
			.param("trigger", "SEVERE_DISHONESTY")
			.param("targets", "SUBJECT")
			.param("scenarios", "FISCAL_SUBSIDY");
	}

	String officerFor() {
		return this.officer;
	}

	ResultActions check(String key, String scenario, Map<String, String> subject, String department) throws Exception {
		return check(key, scenario, subject, department, null);
	}

	ResultActions check(String key, String scenario, Map<String, String> subject, String department,
			String idempotencyKey) throws Exception {
		List<String> fields = new ArrayList<>();
		subject.forEach((name, value) -> fields.add("\"" + name + "\":\"" + value + "\""));
		String body = "{\"scenario\":\"" + scenario + "\",\"subjects\":[{" + String.join(",", fields) + "}]"
				+ ((department != null) ? ",\"department\":\"" + department + "\"" : "") + "}";
		var request = post("/api/checks").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		return this.mvc.perform(request);
	}

}
