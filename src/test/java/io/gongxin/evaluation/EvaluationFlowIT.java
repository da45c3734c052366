package io.gongxin.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.remedy.ExternalRepair;
import io.gongxin.remedy.Repairs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The evaluation's whole loop on real PostgreSQL: penalties filed → the grade drops → the
 * department's signed webhook receives the change → a 双随机 plan draws the subject with its
 * grade's ratio and verifies → the third penalty within 12 months raises an alert on the
 * department's desk → a repair ends a penalty → the grade is recomputed without it.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationFlowIT {

	static final String MARKET = "GZ-SCJGJ";

	static final String COMPANY = CheckCharacters.uscc("91440106MA5E7001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Repairs repairs;

	@Autowired
	Inbox inbox;

	String officer;

	String clerk;

	String otherClerk;

	String bank;

	LoopbackReceiver receiver = LoopbackReceiver.start();

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeAll
	void setUp() {
		Departments.register(this.providers, MARKET, "GZ-STJ");
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, MARKET);
		this.otherClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-STJ");
		this.bank = ApiKeys.issue(this.accounts, Role.BANK, "BANK-GZ");
	}

	@AfterAll
	void stop() {
		this.receiver.close();
	}

	@Test
	void penaltiesLowerTheGradeWhichReachesTheDepartmentTheSampleAndTheAlertAndARepairRaisesItAgain() throws Exception {
		SubjectId company = register("广州评价流程测试餐饮有限公司", COMPANY);
		// a department subscribes to grade changes by signed webhook
		JsonNode subscription = call(post("/api/subscriptions"), this.clerk, """
				{"eventTypes":["evaluation.grade-changed"],"purpose":"SUPERVISION","delivery":"WEBHOOK",
				 "webhookUrl":"%s"}""".formatted(this.receiver.url()), 201);
		String secret = subscription.get("signingSecret").asText();
		// and, pulled, to the changes of its sector's model only
		long sector = call(post("/api/subscriptions"), this.clerk, """
				{"eventTypes":["evaluation.grade-changed"],"purpose":"SUPERVISION","delivery":"PULL",
				 "industry":"GGZYJY"}""", 201).at("/subscription/id").asLong();

		// first grade: nothing against it, age unknown → 76 points, B
		assertThat(this.evaluations.reevaluate(company, "测试")).extracting(SubjectEvaluation::modelCode)
			.containsExactly("COMPOSITE", "GGZYJY");
		assertThat(this.evaluations.of(company, "COMPOSITE")).hasValueSatisfying(e -> {
			assertThat(e.grade()).isEqualTo(Grade.B);
			assertThat(e.score()).isEqualTo(76);
		});

		penalty(COMPANY, "穗市监罚〔2026〕9001号", this.today.minusDays(40));
		await().atMost(Duration.ofSeconds(30)).until(() -> grade(company) == Grade.C);
		SubjectEvaluation afterOne = this.evaluations.of(company, "COMPOSITE").orElseThrow();
		int onePenalty = 20 - points(afterOne, "XZZF");
		assertThat(onePenalty).isIn(4, 10);
		assertThat(afterOne.score()).isEqualTo(76 - onePenalty);

		// the department's webhook received the change, signed
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.receiver.requests().isEmpty());
		LoopbackReceiver.Request pushed = this.receiver.requests().get(0);
		assertThat(pushed.signedWith(secret)).isTrue();
		JsonNode change = this.json.readTree(pushed.body());
		assertThat(change.get("type").asText()).isEqualTo("evaluation.grade-changed");
		assertThat(change.at("/data/subjectCode").asText()).isEqualTo(COMPANY);
		assertThat(change.at("/data/fromGrade").asText()).isEqualTo("B");
		assertThat(change.at("/data/toGrade").asText()).isEqualTo("C");

		await().atMost(Duration.ofSeconds(30)).until(() -> !feed(sector).isEmpty());
		assertThat(feed(sector)).allSatisfy(entry -> {
			assertThat(entry.at("/data/modelCode").asText()).isEqualTo("GGZYJY");
			assertThat(entry.at("/data/subjectCode").asText()).isEqualTo(COMPANY);
		});

		// banks may not subscribe to grades: they are for supervision only
		JsonNode refused = call(post("/api/subscriptions"), this.bank, """
				{"eventTypes":["evaluation.grade-changed"],"purpose":"LENDING","delivery":"PULL",
				 "subjectCodes":["%s"]}""".formatted(COMPANY), 422);
		assertThat(refused.get("code").asText()).isEqualTo("GX-SBS-002");

		// a 双随机 plan over graded subjects: every grade sampled at its ratio, the seed's
		// hash published first
		List<String> others = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			String code = CheckCharacters.uscc("91440106MA5E8" + i + "00");
			others.add(code);
			this.evaluations.reevaluate(register("广州抽查对象测试" + i + "号有限公司", code), "测试");
		}
		JsonNode plan = call(post("/api/sampling-plans"), this.clerk, """
				{"taskName":"2026年食品经营者双随机抽查","field":"食品安全","modelCode":"COMPOSITE",
				 "inspectors":["张执法","李执法","王执法","赵执法"],"inspectorsPerSubject":2}""", 201);
		assertThat(plan.get("state").asText()).isEqualTo("ANNOUNCED");
		assertThat(plan.get("seed").isNull()).isTrue();
		assertThat(plan.get("seedHash").asText()).hasSize(64);
		assertThat(plan.get("population").asInt()).isEqualTo(10);
		long planId = plan.get("id").asLong();
		call(post("/api/sampling-plans/" + planId + "/draw"), this.otherClerk, "{}", 403);
		JsonNode drawn = call(post("/api/sampling-plans/" + planId + "/draw"), this.clerk, "{}", 200);
		assertThat(io.gongxin.platform.Sm3.hex(drawn.get("seed").asText())).isEqualTo(plan.get("seedHash").asText());
		List<JsonNode> members = new ArrayList<>();
		drawn.get("members").forEach(members::add);
		long bDrawn = members.stream()
			.filter(m -> m.get("grade").asText().equals("B") && m.get("drawn").asBoolean())
			.count();
		// 9 subjects of grade B at 20 % → 2; the one subject of grade C at 60 % → 1
		assertThat(bDrawn).isEqualTo(2);
		assertThat(members).filteredOn(m -> m.get("subjectCode").asText().equals(COMPANY))
			.singleElement()
			.satisfies(m -> {
				assertThat(m.get("grade").asText()).isEqualTo("C");
				assertThat(m.get("drawn").asBoolean()).isTrue();
				assertThat(m.get("inspectors")).hasSize(2);
			});
		JsonNode verification = call(get("/api/sampling-plans/" + planId + "/verification"), this.officer, null, 200);
		assertThat(verification.get("seedMatchesHash").asBoolean()).isTrue();
		assertThat(verification.get("sampleMatches").asBoolean()).isTrue();
		// the public sees the seed and the sample, never a grade
		JsonNode published = call(get("/api/public/inspections"), null, null, 200);
		assertThat(published.toString()).contains(COMPANY).doesNotContain("\"grade\"");
		// the inspection's result becomes the department's credit record
		JsonNode result = call(post("/api/sampling-plans/" + planId + "/results"), this.clerk, """
				{"subjectCode":"%s","result":"CORRECTED","inspectedOn":"%s","note":"后厨卫生不达标，已责令整改"}"""
			.formatted(COMPANY, this.today), 201);
		assertThat(result.get("recordId").asLong()).isPositive();

		// the second and third penalty of the same department within 12 months: 屡罚不改
		penalty(COMPANY, "穗市监罚〔2026〕9002号", this.today.minusDays(20));
		penalty(COMPANY, "穗市监罚〔2026〕9003号", this.today.minusDays(5));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> alerts(this.clerk).stream().anyMatch(a -> a.get("ruleCode").asText().equals("LFBG")));
		JsonNode alert = alerts(this.clerk).stream()
			.filter(a -> a.get("ruleCode").asText().equals("LFBG"))
			.findFirst()
			.orElseThrow();
		assertThat(alert.get("departmentCode").asText()).isEqualTo(MARKET);
		assertThat(alert.get("evidenceRefs")).hasSize(3);
		assertThat(alert.get("suggestion").asText()).isEqualTo("PENDING");
		assertThat(alerts(this.otherClerk)).noneMatch(a -> a.get("id").asLong() == alert.get("id").asLong());
		long alertId = alert.get("id").asLong();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !call(get("/api/evaluation/alerts/" + alertId), this.clerk, null, 200).get("taskId").isNull());
		Task task = this.inbox
			.task(call(get("/api/evaluation/alerts/" + alertId), this.clerk, null, 200).get("taskId").asLong());
		assertThat(task.departmentCode()).isEqualTo(MARKET);
		assertThat(task.typeCode()).isEqualTo("RISK_ALERT");
		call(post("/api/evaluation/alerts/" + alertId + "/acknowledgement"), this.clerk, "{}", 200);
		call(post("/api/evaluation/alerts/" + alertId + "/interviews"), this.clerk, """
				{"kind":"WARNING","heldOn":"%s","interviewee":"法定代表人 王某","outcome":"企业承诺一个月内完成整改"}"""
			.formatted(this.today), 200);
		JsonNode resolved = call(post("/api/evaluation/alerts/" + alertId + "/resolution"), this.clerk,
				"{\"followUp\":\"已警示约谈并列入下一批次重点检查\"}", 200);
		assertThat(resolved.get("state").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.get("interviews")).hasSize(1);
		// the 重点关注名单 is only suggested: an officer decides, nothing is listed
		call(post("/api/evaluation/alerts/" + alertId + "/suggestion-decision"), this.clerk,
				"{\"accept\":false,\"note\":\"x\"}", 403);
		JsonNode decided = call(post("/api/evaluation/alerts/" + alertId + "/suggestion-decision"), this.officer,
				"{\"accept\":false,\"note\":\"整改到位，暂不列入\"}", 200);
		assertThat(decided.get("suggestion").asText()).isEqualTo("DECLINED");

		// a repair approved elsewhere ends the first penalty: the grade is recomputed
		await().atMost(Duration.ofSeconds(30)).until(() -> contributions(company).size() == 3);
		int beforeRepair = this.evaluations.of(company, "COMPOSITE").orElseThrow().score();
		SystemActor.runAs("test", () -> this.repairs.recordExternal(
				new ExternalRepair("信用中国", "XF-EVAL-0001", COMPANY, "XZCF", "穗市监罚〔2026〕9001号", this.today)));
		await().atMost(Duration.ofSeconds(30)).until(() -> contributions(company).size() == 2);
		SubjectEvaluation repaired = this.evaluations.of(company, "COMPOSITE").orElseThrow();
		assertThat(repaired.score()).isEqualTo(beforeRepair + onePenalty);
		assertThat(contributions(company)).noneMatch(c -> c.label().contains("9001号"));
		assertThat(this.evaluations.explain(company, "COMPOSITE").orElseThrow().history())
			.anyMatch(h -> h.cause().contains("信用修复"));

		// the explanation is for departments and the credit office only
		JsonNode explanation = call(get("/api/evaluation/subjects/" + COMPANY), this.clerk, null, 200);
		assertThat(explanation.at("/evaluation/grade").asText()).isEqualTo(repaired.grade().name());
		assertThat(explanation.get("notice").asText()).contains("不向社会公开");
		call(get("/api/evaluation/subjects/" + COMPANY), this.bank, null, 403);
		call(get("/api/evaluation/subjects/" + COMPANY), null, null, 401);
	}

	@Test
	void aSamplingPlanNamesTheAreaItDrawsFromNotItsDivisionCode() throws Exception {
		this.evaluations.reevaluate(register("广州抽查区域测试有限公司", CheckCharacters.uscc("91440106MA5E9A00")), "测试");
		JsonNode plan = call(post("/api/sampling-plans"), this.clerk, """
				{"taskName":"天河区抽查","field":"食品安全","modelCode":"COMPOSITE","regionPrefix":"440106",
				 "inspectors":["张执法","李执法"],"inspectorsPerSubject":2}""", 201);
		String page = this.mvc
			.perform(get("/evaluation/sampling/" + plan.get("id").asLong()).header("X-API-Key", this.clerk))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("（广州市天河区）").doesNotContain("440106");
	}

	SubjectId register(String name, String uscc) {
		return SystemActor.callAs("test", () -> this.subjects.register(new NewSubject(SubjectType.ENTERPRISE, name,
				SubjectKey.uscc(uscc), "王某", SubjectStatus.ACTIVE, "440106", null, null), "test"));
	}

	void penalty(String uscc, String document, LocalDate decided) {
		Map<String, String> row = aPenalty().against("广州评价流程测试餐饮有限公司", uscc)
			.document(document)
			.fine("2")
			.decidedOn(decided)
			.row();
		SystemActor.runAs("test", () -> this.ingestion.submitRows(MARKET, "XZCF", List.of(row), Channel.API));
	}

	Grade grade(SubjectId subject) {
		return this.evaluations.of(subject, "COMPOSITE").map(SubjectEvaluation::grade).orElse(null);
	}

	List<Contribution> contributions(SubjectId subject) {
		return this.evaluations.explain(subject, "COMPOSITE")
			.orElseThrow()
			.contributions()
			.stream()
			.filter(c -> c.indicatorCode().equals("XZZF"))
			.toList();
	}

	static int points(SubjectEvaluation evaluation, String indicator) {
		return evaluation.indicators()
			.stream()
			.filter(i -> i.code().equals(indicator))
			.findFirst()
			.orElseThrow()
			.points();
	}

	List<JsonNode> feed(long subscription) throws Exception {
		List<JsonNode> out = new ArrayList<>();
		call(get("/api/subscriptions/" + subscription + "/events"), this.clerk, null, 200).get("entries")
			.forEach(out::add);
		return out;
	}

	List<JsonNode> alerts(String key) throws Exception {
		List<JsonNode> out = new ArrayList<>();
		call(get("/api/evaluation/alerts"), key, null, 200).forEach(out::add);
		return out;
	}

	JsonNode call(MockHttpServletRequestBuilder request, String key, String body, int status) throws Exception {
		if (key != null) {
			request.header("X-API-Key", key);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		String content = result.getResponse().getContentAsString();
		return content.isEmpty() ? null : this.json.readTree(content);
	}

}
