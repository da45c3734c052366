package io.gongxin.remedy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.lists.Lists;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;
import io.gongxin.support.SettableClock;
import io.gongxin.support.SettableTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.gongxin.support.ListRecords.aSeriousDiscreditListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Credit repair from the applicant's view of its conditions to the approval on real
 * PostgreSQL, with a clock the test sets: refused with exactly the failing conditions,
 * filed once they hold, accepted in one place by the credit office, approved by the
 * department that made the finding; the record leaves the portal and the standard report
 * for good, a list entry resting on it ends and a credit check stops returning its
 * measure, and {@link RepairApproved} is published.
 */
@GongxinIntegrationTest
@Import({ SettableTime.class, RepairFlowIT.Time.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairFlowIT {

	static final String DEPARTMENT = RemedyFixture.DEPARTMENT;

	static final String FINANCE = RemedyFixture.FINANCE;

	static final String OFFICE = RemedyFixture.OFFICE;

	static final String PASSWORD = "repair-password-1";

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		Approvals approvals() {
			return new Approvals();
		}

	}

	static final class Approvals {

		final List<RepairApproved> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void approved(RepairApproved event) {
			this.seen.add(event);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	CreditRecords records;

	@Autowired
	Subjects subjects;

	@Autowired
	Lists lists;

	@Autowired
	Inbox inbox;

	@Autowired
	SettableClock clock;

	@Autowired
	Approvals approvals;

	RemedyFixture fixture;

	String clerk;

	String financeClerk;

	String otherClerk;

	String officer;

	@BeforeAll
	void setUp() {
		this.fixture = new RemedyFixture(this.mvc, this.json, this.providers, this.accounts, this.creditFiles,
				this.records);
		this.clerk = this.fixture.clerk;
		this.financeClerk = this.fixture.financeClerk;
		this.otherClerk = this.fixture.otherClerk;
		this.officer = this.fixture.officer;
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aRepairRefusedForItsFailingConditionsIsApprovedOnceTheyHoldAndTheRecordLeavesThePortalForGood()
			throws Exception {
		this.clock.set(LocalDateTime.of(2026, 6, 1, 10, 0));
		String uscc = CheckCharacters.uscc("91440101MA5XFA01");
		String document = "穗市监罚〔2026〕修复1号";
		long recordId = filePenalty("广州修复申请有限公司", uscc, document, LocalDate.of(2026, 5, 20));
		long subjectId = this.creditFiles.item(recordId).orElseThrow().subjectId().value();
		MockHttpSession enterprise = enterpriseSession("ent.repair.a", uscc);
		assertThat(publicDocuments(subjectId)).contains(document);

		// the applicant sees which conditions hold before applying
		JsonNode conditions = json(this.mvc.perform(get("/api/my/repair-eligibility").session(enterprise)).andReturn(),
				200);
		JsonNode own = conditions.get(0);
		assertThat(own.get("recordId").asLong()).isEqualTo(recordId);
		assertThat(resultOf(own, "IN_PUBLICITY")).isEqualTo("HOLDS");
		assertThat(resultOf(own, "MINIMUM_PERIOD_SERVED")).isEqualTo("FAILS");
		assertThat(reasonOf(own, "MINIMUM_PERIOD_SERVED")).contains("2026-08-20");
		assertThat(resultOf(own, "DUTIES_PERFORMED")).isEqualTo("TO_SHOW");
		assertThat(resultOf(own, "COMMITMENT_SIGNED")).isEqualTo("TO_SHOW");

		// refused with exactly the failing conditions
		MvcResult refused = this.mvc
			.perform(
					withJson(post("/api/repairs").session(enterprise),
							Map.of("recordId", recordId, "contact", "020-11112222", "dutiesPerformed", "已缴清罚款",
									"evidence", List.of(Map.of("title", "罚款缴款凭证")), "commitmentSigned", false)))
			.andReturn();
		JsonNode problem = json(refused, 422);
		assertThat(problem.get("code").asText()).isEqualTo("GX-REM-010");
		List<String> failing = new ArrayList<>();
		problem.get("failing").forEach(check -> failing.add(check.get("condition").asText()));
		assertThat(failing).containsExactly("MINIMUM_PERIOD_SERVED", "COMMITMENT_SIGNED");
		assertThat(problem.get("failing").get(0).get("reason").asText()).contains("最短公示期未满");

		// three months on, every condition holds
		this.clock.set(LocalDateTime.of(2026, 8, 21, 9, 30));
		JsonNode filed = json(
				this.mvc
					.perform(withJson(post("/api/repairs").session(enterprise), Map.of("recordId", recordId, "contact",
							"020-11112222", "dutiesPerformed", "已于2026年6月5日缴清全部罚款并完成整改", "evidence",
							List.of(Map.of("title", "罚款缴款凭证", "description", "非税收入缴款书")), "commitmentSigned", true)))
					.andReturn(),
				201);
		long id = filed.get("id").asLong();
		assertThat(filed.get("state").asText()).isEqualTo("FILED");
		assertThat(filed.get("reference").asText()).startsWith("XF20260821");
		// 10 working days from Friday 21 August 2026
		assertThat(filed.get("replyDue").asText()).isEqualTo("2026-09-04");
		Task review = task(id, "review");
		assertThat(review.departmentCode()).isEqualTo(OFFICE);
		assertThat(review.dueDate()).isEqualTo(LocalDate.of(2026, 8, 25));

		JsonNode accepted = step(this.officer, id, "accept", "材料齐全，初审通过");
		assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
		Task decision = task(id, "decision");
		assertThat(decision.departmentCode()).isEqualTo(DEPARTMENT);
		assertThat(decision.dueDate()).isEqualTo(LocalDate.of(2026, 8, 26));
		assertThat(decision.legalBasis()).contains("22号");

		// a complex case: the decision is extended once, the applicant's answer date with
		// it
		JsonNode extended = step(this.clerk, id, "extend", "需赴现场核查整改情况");
		assertThat(extended.get("extendedDays").asInt()).isEqualTo(3);
		assertThat(extended.get("replyDue").asText()).isEqualTo("2026-09-09");
		assertThat(task(id, "decision").dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
		assertThat(this.inbox.history(task(id, "decision").id()))
			.anySatisfy(change -> assertThat(change.note()).contains("延长办理时限至 2026-08-31").contains("现场核查"));
		JsonNode twice = json(this.mvc
			.perform(withJson(post("/api/repairs/" + id + "/extend").header("X-API-Key", this.clerk),
					Map.of("text", "再次延长")))
			.andReturn(), 409);
		assertThat(twice.toString()).contains("已延长过一次");

		// 谁认定、谁修复: only the department that made the finding decides
		this.mvc
			.perform(withJson(post("/api/repairs/" + id + "/approve").header("X-API-Key", this.otherClerk),
					Map.of("text", "同意")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		JsonNode approved = step(this.clerk, id, "approve", "经核实已履行处罚决定，准予信用修复");
		assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("reply").asText()).contains("准予信用修复");

		assertThat(this.creditFiles.item(recordId).orElseThrow().publicity().status())
			.isEqualTo(PublicityStatus.REPAIRED);
		assertThat(publicDocuments(subjectId)).doesNotContain(document);
		assertThat(reportPreview(subjectId)).doesNotContain(document);
		assertThat(this.approvals.seen).filteredOn(event -> event.recordId() == recordId)
			.singleElement()
			.satisfies(event -> assertThat(event.reference()).isEqualTo(filed.get("reference").asText()))
			.satisfies(event -> assertThat(event.approvedOn()).isEqualTo(LocalDate.of(2026, 8, 21)));
		MvcResult letter = this.mvc.perform(get("/api/repairs/" + id + "/decision.pdf").session(enterprise))
			.andReturn();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
				.contains("信用修复决定书")
				.contains("准予信用修复")
				.contains("该信息已停止公示");
		}
		// a rebuild of the credit files does not publish it again
		this.creditFiles.rebuild();
		assertThat(this.creditFiles.item(recordId).orElseThrow().publicity().status())
			.isEqualTo(PublicityStatus.REPAIRED);
		JsonNode history = json(
				this.mvc.perform(get("/api/repairs/" + id + "/history").session(enterprise)).andReturn(), 200);
		assertThat(history).extracting(step -> step.get("toState").asText())
			.containsExactly("已提交，待初审", "初审通过，认定单位办理中", "初审通过，认定单位办理中", "准予修复");
		assertThat(history.get(2).get("note").asText()).isEqualTo("延长办理时限3个工作日：需赴现场核查整改情况");
	}

	@Test
	void aRepairDecidedOnCreditChinaEndsThePublicityHereOnce() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5XFF06");
		String document = "穗市监罚〔2026〕外部修复1号";
		long recordId = filePenalty("广州外部修复有限公司", uscc, document, LocalDate.now().minusMonths(6));
		Map<String, Object> pushed = Map.of("source", "信用中国", "reference", "XYZGXF2026120400123", "subjectCode",
				uscc.toLowerCase(), "categoryCode", "XZCF", "documentNumber", document, "approvedOn",
				LocalDate.now().toString());

		JsonNode first = json(
				this.mvc.perform(withJson(post("/api/repairs/external").header("X-API-Key", this.officer), pushed))
					.andReturn(),
				200);
		JsonNode again = json(
				this.mvc.perform(withJson(post("/api/repairs/external").header("X-API-Key", this.officer), pushed))
					.andReturn(),
				200);

		assertThat(first.get("publicityEnded").asBoolean()).isTrue();
		assertThat(again.get("publicityEnded").asBoolean()).isFalse();
		assertThat(this.creditFiles.item(recordId).orElseThrow().publicity().status())
			.isEqualTo(PublicityStatus.REPAIRED);
		assertThat(this.approvals.seen).filteredOn(event -> event.recordId() == recordId)
			.singleElement()
			.satisfies(event -> assertThat(event.origin()).isEqualTo("信用中国"));
		this.mvc.perform(withJson(post("/api/repairs/external").header("X-API-Key", this.clerk), pushed))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
	}

	@Test
	void theDepartmentServesTheRepairNoticeWithItsDecision() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 6, 1, 10, 0));
		long recordId = filePenalty("广州两书同达有限公司", CheckCharacters.uscc("91440101MA5XFE05"), "穗市监罚〔2026〕告知1号",
				LocalDate.of(2026, 5, 20));

		MvcResult notice = this.mvc.perform(get("/api/repairs/notices/" + recordId).header("X-API-Key", this.clerk))
			.andReturn();

		assertThat(notice.getResponse().getStatus()).isEqualTo(200);
		assertThat(notice.getResponse().getContentType()).isEqualTo("application/pdf");
		String text;
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(notice.getResponse().getContentAsByteArray())) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
		assertThat(text).contains("信用修复告知书")
			.contains("广州两书同达有限公司")
			.contains("穗市监罚〔2026〕告知1号")
			.contains("2026年8月20日起，可以申请信用修复")
			.contains("2个工作日内完成初审")
			.contains("3个工作日内作出是否同意修复的决定");
		this.mvc.perform(get("/api/repairs/notices/" + recordId).header("X-API-Key", this.otherClerk))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
	}

	@Test
	void anApprovedRepairOfAListingEndsTheEntryAndTheCreditCheckNoLongerReturnsItsMeasure() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5XFB02");
		String name = "广州修复名单有限公司";
		List<Map<String, String>> rows = List.of(aSeriousDiscreditListing().of(name, uscc)
			.by("广州市市场监督管理局")
			.listedOn(LocalDate.now().minusDays(10))
			.row());
		JsonNode receipt = json(this.mvc
			.perform(withJson(post("/api/ingest/providers/" + DEPARTMENT + "/categories/YZSX/records")
				.header("X-API-Key", this.clerk), rows))
			.andReturn(), 201);
		long recordId = this.records.ofBatch(UUID.fromString(receipt.get("batchId").asText()), 0, 1).get(0).id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.creditFiles.item(recordId).isPresent() && this.subjects.findByKey(SubjectKey.uscc(uscc))
				.map(subject -> !this.lists.inForce(subject.id(), Instant.now()).isEmpty())
				.orElse(false));
		assertThat(sanctions(uscc)).isNotEmpty();

		JsonNode filed = json(this.mvc.perform(withJson(post("/api/repairs").header("X-API-Key", this.officer),
				Map.of("recordId", recordId, "applicantName", "广州修复名单有限公司（窗口代办）", "contact", "020-33334444",
						"dutiesPerformed", "已纠正违法行为并履行全部行政处罚决定", "evidence", List.of(Map.of("title", "整改报告")),
						"commitmentSigned", true)))
			.andReturn(), 201);
		assertThat(filed.at("/applicant/channel").asText()).isEqualTo("COUNTER");
		long id = filed.get("id").asLong();
		step(this.officer, id, "accept", "初审通过");
		step(this.clerk, id, "approve", "准予提前移出严重违法失信名单");

		assertThat(this.lists.history(this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.endReason()).contains(filed.get("reference").asText()));
		assertThat(sanctions(uscc)).isEmpty();
	}

	@Test
	void theApprovedRepairReachesThePeerPlatformsWebhookSignedAfterOneFailedDelivery() throws Exception {
		try (LoopbackReceiver creditChina = LoopbackReceiver.start()) {
			creditChina.failNext(1, 503);
			JsonNode subscription = json(this.mvc.perform(withJson(
					post("/api/subscriptions").header("X-API-Key", this.officer),
					Map.of("subscriberKind", "PEER_PLATFORM", "subscriberCode", "CREDITCHINA", "subscriberName", "信用中国",
							"eventTypes", List.of("remedy.repair-approved", "remedy.objection-decided"), "purpose",
							"DATA_SHARING", "delivery", "WEBHOOK", "webhookUrl", creditChina.url().toString())))
				.andReturn(), 201);
			String secret = subscription.get("signingSecret").asText();
			String uscc = CheckCharacters.uscc("91440101MA5XFD04");
			String document = "穗市监罚〔2026〕修复4号";
			long recordId = filePenalty("广州修复同步有限公司", uscc, document, LocalDate.now().minusMonths(4));
			long id = json(this.mvc.perform(withJson(post("/api/repairs").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "applicantName", "广州修复同步有限公司", "contact", "020-6", "dutiesPerformed",
							"已缴清罚款", "evidence", List.of(Map.of("title", "缴款凭证")), "commitmentSigned", true)))
				.andReturn(), 201).get("id").asLong();
			step(this.officer, id, "accept", "初审通过");
			step(this.clerk, id, "approve", "准予修复");

			await().atMost(Duration.ofSeconds(30)).until(() -> !creditChina.applied().isEmpty());
			List<LoopbackReceiver.Request> requests = creditChina.requests();
			assertThat(requests).hasSize(2)
				.allSatisfy(request -> assertThat(request.signedWith(secret)).isTrue())
				.extracting(LoopbackReceiver.Request::attempt)
				.containsExactly("1", "2");
			JsonNode delivered = this.json.readTree(requests.get(1).body());
			assertThat(delivered.get("type").asText()).isEqualTo("remedy.repair-approved");
			assertThat(delivered.at("/data/subjectCode").asText()).isEqualTo(uscc);
			assertThat(delivered.at("/data/documentNumber").asText()).isEqualTo(document);
			assertThat(delivered.at("/data/recordId").asLong()).isEqualTo(recordId);
		}
	}

	@Test
	void aCourtApprovedReorganisationSuspendsTheMeasuresAndOpensRepairUntilThePlanEnds() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5XFG07");
		String name = "广州重整修复有限公司";
		List<Map<String, String>> listing = List.of(aSeriousDiscreditListing().of(name, uscc)
			.by("广州市市场监督管理局")
			.listedOn(LocalDate.now().minusDays(20))
			.row());
		this.mvc
			.perform(withJson(post("/api/ingest/providers/" + DEPARTMENT + "/categories/YZSX/records")
				.header("X-API-Key", this.clerk), listing))
			.andReturn();
		long penalty = filePenalty(name, uscc, "穗市监罚〔2026〕重整1号", LocalDate.now().minusDays(20));
		await().atMost(Duration.ofSeconds(30)).until(() -> !sanctions(uscc).isEmpty());
		assertThat(resultOf(eligibility(penalty), "MINIMUM_PERIOD_SERVED")).isEqualTo("FAILS");

		JsonNode plan = json(this.mvc
			.perform(withJson(post("/api/bankruptcy-plans").header("X-API-Key", this.officer),
					Map.of("uscc", uscc, "kind", "REORGANISATION", "court", "广州市中级人民法院", "rulingNumber",
							"（2026）粤01破12号之一", "approvedOn", LocalDate.now().minusDays(1).toString())))
			.andReturn(), 201);

		await().atMost(Duration.ofSeconds(30)).until(() -> sanctions(uscc).isEmpty());
		JsonNode during = checkOf(uscc);
		assertThat(during.get("suspension").asText()).contains("广州市中级人民法院").contains("重整计划").contains("暂停实施");
		assertThat(during.get("suspended")).isNotEmpty();
		JsonNode period = check(eligibility(penalty), "MINIMUM_PERIOD_SERVED");
		assertThat(period.get("result").asText()).isEqualTo("HOLDS");
		assertThat(period.get("reason").asText()).contains("计划执行期间可以申请信用修复");

		json(this.mvc
			.perform(withJson(
					post("/api/bankruptcy-plans/" + plan.get("id").asLong() + "/end").header("X-API-Key", this.officer),
					Map.of("reason", "重整计划执行完毕")))
			.andReturn(), 200);
		await().atMost(Duration.ofSeconds(30)).until(() -> !sanctions(uscc).isEmpty());
		assertThat(resultOf(eligibility(penalty), "MINIMUM_PERIOD_SERVED")).isEqualTo("FAILS");
	}

	private JsonNode eligibility(long recordId) throws Exception {
		return json(this.mvc.perform(get("/api/repairs/eligibility/" + recordId).header("X-API-Key", this.officer))
			.andReturn(), 200);
	}

	private JsonNode checkOf(String uscc) throws Exception {
		MvcResult result = this.mvc
			.perform(withJson(post("/api/checks").header("X-API-Key", this.financeClerk),
					Map.of("scenario", "GOVERNMENT_PROCUREMENT", "subjects", List.of(Map.of("uscc", uscc)))))
			.andReturn();
		return json(result, 200).at("/subjects/0");
	}

	@Test
	void aRecordWithAnOpenApplicationTakesNoSecondAndADecidedOneCannotBeDecidedAgain() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5XFC03");
		long recordId = filePenalty("广州修复重复有限公司", uscc, "穗市监罚〔2025〕修复3号", LocalDate.now().minusMonths(5));
		Map<String, Object> filing = Map.of("recordId", recordId, "applicantName", "赵六", "contact", "020-5",
				"dutiesPerformed", "已缴清罚款", "evidence", List.of(Map.of("title", "缴款凭证")), "commitmentSigned", true);
		long id = json(
				this.mvc.perform(withJson(post("/api/repairs").header("X-API-Key", this.officer), filing)).andReturn(),
				201)
			.get("id")
			.asLong();

		JsonNode second = json(
				this.mvc.perform(withJson(post("/api/repairs").header("X-API-Key", this.officer), filing)).andReturn(),
				422);
		assertThat(second.toString()).contains("NO_OPEN_APPLICATION");

		step(this.officer, id, "refuse", "非本人申请且未提供委托书，初审不予通过");
		JsonNode again = json(this.mvc
			.perform(withJson(post("/api/repairs/" + id + "/accept").header("X-API-Key", this.officer),
					Map.of("text", "重新受理")))
			.andReturn(), 409);
		assertThat(again.get("code").asText()).isEqualTo("GX-REM-004");
		assertThat(task(id, "review").outcome()).contains("初审未通过");
	}

	@Test
	void aRepairFiledBeforeNextYearsHolidayNoticeIsTakenAndItsDatesAreSetOnceTheNoticeIsLoaded() throws Exception {
		// Thursday 31 December 2026: both periods run into 2027, whose notice is not
		// loaded
		this.clock.set(LocalDateTime.of(2026, 12, 31, 10, 0));
		assertThat(this.workingDays.isCovered(2027)).isFalse();
		String uscc = CheckCharacters.uscc("91440101MA5XKY27");
		long recordId = filePenalty("广州修复跨年有限公司", uscc, "穗市监罚〔2026〕修复5号", LocalDate.of(2026, 8, 3));
		JsonNode filed = json(this.mvc
			.perform(withJson(post("/api/repairs").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "applicantName", "钱七", "contact", "020-6", "dutiesPerformed",
							"已缴清罚款并完成整改", "evidence", List.of(Map.of("title", "缴款凭证")), "commitmentSigned", true)))
			.andReturn(), 201);
		long id = filed.get("id").asLong();
		assertThat(filed.get("replyDue").isNull()).isTrue();
		Task review = task(id, "review");
		assertThat(review.duePending()).isTrue();
		assertThat(review.overdueOn(LocalDate.of(2027, 3, 1))).isFalse();
		// the desk lists it after the tasks with a due day, and says why it has none
		List<Task> desk = this.inbox.unfinished(OFFICE, null, 200);
		assertThat(desk).extracting(Task::id).contains(review.id());
		assertThat(desk.get(desk.size() - 1).duePending()).isTrue();
		assertThat(this.inbox.unfinished(OFFICE, review, 200)).extracting(Task::id).doesNotContain(review.id());
		assertThat(this.inbox.nearDue(OFFICE, 200)).extracting(Task::id).doesNotContain(review.id());
		assertThat(this.mvc.perform(get("/inbox").param("department", OFFICE).header("X-API-Key", this.officer))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("期限待定（所跨年度节假日安排尚未载入）");
		assertThat(this.dueSweep.setDues()).isZero();
		assertThat(this.replyDueSweep.setReplyDues()).isZero();

		// an administrator loads the notice (a test notice: New Year's Day off)
		this.calendar.store(2027, """
				{"year": 2027, "papers": ["测试用节假日安排"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
				""", "test");
		assertThat(this.dueSweep.setDues()).isPositive();
		assertThat(this.replyDueSweep.setReplyDues()).isEqualTo(1);
		// two working days from 31 December (1 January off, then a weekend), and ten
		assertThat(task(id, "review").dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
		JsonNode answered = json(
				this.mvc.perform(get("/api/repairs/" + id).header("X-API-Key", this.officer)).andReturn(), 200);
		assertThat(answered.get("replyDue").asText()).isEqualTo("2027-01-15");
	}

	@Autowired
	io.gongxin.calendar.WorkingDays workingDays;

	@Autowired
	io.gongxin.calendar.internal.CalendarYears calendar;

	@Autowired
	io.gongxin.inbox.internal.DueSweep dueSweep;

	@Autowired
	io.gongxin.remedy.internal.ReplyDueSweep replyDueSweep;

	private List<JsonNode> sanctions(String uscc) throws Exception {
		List<JsonNode> found = new ArrayList<>();
		checkOf(uscc).get("sanctions").forEach(found::add);
		return found;
	}

	private JsonNode step(String key, long id, String step, String text) throws Exception {
		return json(this.mvc
			.perform(withJson(post("/api/repairs/" + id + "/" + step).header("X-API-Key", key), Map.of("text", text)))
			.andReturn(), 200);
	}

	private static String resultOf(JsonNode eligibility, String condition) {
		return check(eligibility, condition).get("result").asText();
	}

	private static String reasonOf(JsonNode eligibility, String condition) {
		return check(eligibility, condition).get("reason").asText();
	}

	private static JsonNode check(JsonNode eligibility, String condition) {
		for (JsonNode check : eligibility.get("conditions")) {
			if (check.get("condition").asText().equals(condition)) {
				return check;
			}
		}
		throw new AssertionError("no condition " + condition + " in " + eligibility);
	}

	private long filePenalty(String name, String uscc, String document, LocalDate decided) throws Exception {
		return this.fixture.filePenalty(name, uscc, document, decided);
	}

	private MockHttpSession enterpriseSession(String username, String uscc) throws Exception {
		SystemActor.runAs("test", () -> this.accounts.createEnterpriseUser(username, "法人用户", PASSWORD, uscc));
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private Task task(long repairId, String step) {
		return this.inbox.bySource("repair:" + repairId + ":" + step).orElseThrow();
	}

	private List<String> publicDocuments(long subjectId) throws Exception {
		JsonNode file = json(this.mvc.perform(get("/api/public/credit-files/" + subjectId)).andReturn(), 200);
		List<String> documents = new ArrayList<>();
		file.get("items").get("XZCF").forEach(item -> documents.add(item.get("documentNumber").asText()));
		return documents;
	}

	private String reportPreview(long subjectId) throws Exception {
		return this.mvc
			.perform(withJson(post("/api/reports/preview").header("X-API-Key", this.officer),
					Map.of("type", "ORGANISATION", "subjectId", subjectId)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return this.fixture.withJson(request, body);
	}

	private JsonNode json(MvcResult result, int status) throws Exception {
		return this.fixture.json(result, status);
	}

}
