package io.gongxin.remedy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskState;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.support.GongxinIntegrationTest;
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

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An objection from filing to decision on real PostgreSQL, with the bundled holiday
 * calendar and a clock the test sets: the enterprise files for its own record, the credit
 * office accepts (the portal and reports show 异议处理中), refers it to the department, whose
 * answer corrects or deletes the record; the portal and reports follow, every step is an
 * inbox task with its deadline, and the outcome is published.
 */
@GongxinIntegrationTest
@Import({ SettableTime.class, ObjectionFlowIT.Time.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionFlowIT {

	static final String DEPARTMENT = RemedyFixture.DEPARTMENT;

	static final String OFFICE = RemedyFixture.OFFICE;

	static final String PASSWORD = "objection-password-1";

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		Published published() {
			return new Published();
		}

	}

	static final class Published {

		final List<Object> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void accepted(ObjectionAccepted event) {
			this.seen.add(event);
		}

		@EventListener
		void decided(ObjectionDecided event) {
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
	Inbox inbox;

	@Autowired
	io.gongxin.audit.AuditLog audit;

	@Autowired
	SettableClock clock;

	@Autowired
	Published published;

	RemedyFixture fixture;

	String clerk;

	String otherClerk;

	String officer;

	@BeforeAll
	void setUp() {
		this.fixture = new RemedyFixture(this.mvc, this.json, this.providers, this.accounts, this.creditFiles,
				this.records);
		this.clerk = this.fixture.clerk;
		this.otherClerk = this.fixture.otherClerk;
		this.officer = this.fixture.officer;
	}

	@BeforeEach
	void forget() {
		this.published.seen.clear();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anObjectionReferredToTheDepartmentCorrectsTheRecordAndThePortalAndReportsFollow() throws Exception {
		// filed on the eve of National Day 2026 (1–7 October off, 10 October worked)
		this.clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
		String uscc = CheckCharacters.uscc("91440101MA5YYA01");
		long recordId = filePenalty("广州异议更正有限公司", uscc, "穗市监罚〔2026〕异议1号");
		MockHttpSession enterprise = enterpriseSession("ent.objection.a", uscc);

		JsonNode filed = json(this.mvc
			.perform(withJson(post("/api/objections").session(enterprise),
					Map.of("recordId", recordId, "contact", "020-12345678", "reasons", "处罚事由所载年度有误，应为2024年度报告",
							"evidence", List.of(Map.of("title", "2024年度报告公示截图")), "commitmentSigned", true)))
			.andReturn(), 201);
		long id = filed.get("id").asLong();
		assertThat(filed.get("state").asText()).isEqualTo("FILED");
		assertThat(filed.get("reference").asText()).startsWith("YY20260930");
		assertThat(filed.at("/applicant/name").asText()).isEqualTo("广州异议更正有限公司");
		assertThat(filed.at("/applicant/channel").asText()).isEqualTo("PORTAL");
		Task acceptance = task(id, "acceptance");
		assertThat(acceptance.departmentCode()).isEqualTo(OFFICE);
		assertThat(acceptance.dueDate()).isEqualTo(LocalDate.of(2026, 10, 9));

		this.clock.set(LocalDateTime.of(2026, 10, 8, 9, 0));
		JsonNode accepted = step(id, "accept", filed.get("version").asInt(), "材料齐全，予以受理");
		assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
		assertThat(task(id, "acceptance").state()).isEqualTo(TaskState.DONE);
		assertThat(task(id, "acceptance").onTime()).isTrue();
		assertThat(this.published.seen).singleElement().isInstanceOf(ObjectionAccepted.class);
		long subjectId = this.creditFiles.item(recordId).orElseThrow().subjectId().value();
		assertThat(publicItem(subjectId, "穗市监罚〔2026〕异议1号").get("underObjection").asBoolean()).isTrue();
		assertThat(this.mvc.perform(get("/portal/subjects/" + subjectId + "/tabs/xzcf"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("异议处理中");
		assertThat(reportPreview(subjectId)).contains("异议处理中");
		assertThat(this.mvc.perform(get("/console/credit-files/" + subjectId).header("X-API-Key", this.officer))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("异议处理中")
			.contains("记录编号 " + recordId)
			.contains("/remedies?recordId=" + recordId);

		JsonNode referred = step(id, "refer", accepted.get("version").asInt(), "平台核查未发现平台原因，转处罚机关协查");
		assertThat(referred.get("state").asText()).isEqualTo("REFERRED");
		Task assist = task(id, "assist");
		assertThat(assist.departmentCode()).isEqualTo(DEPARTMENT);
		// 广州: 10 working days from 8 October 2026, the Saturday 10 October counting
		assertThat(assist.dueDate()).isEqualTo(LocalDate.of(2026, 10, 21));
		assertThat(assist.legalBasis()).contains("10个工作日");

		// another department may not answer
		this.mvc
			.perform(withJson(post("/api/objections/" + id + "/answer").header("X-API-Key", this.otherClerk),
					Map.of("outcome", "UPHELD", "explanation", "信息无误")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));

		JsonNode decided = json(
				this.mvc
					.perform(
							withJson(post("/api/objections/" + id + "/answer").header("X-API-Key", this.clerk),
									Map.of("outcome", "CORRECTED", "explanation", "经核实，处罚事由年度填报有误，已更正为2024年度",
											"corrected", Map.of("CF_SY", "当事人未按规定期限公示2024年度报告。"))))
					.andReturn(),
				200);
		assertThat(decided.get("state").asText()).isEqualTo("DECIDED");
		assertThat(decided.get("outcome").asText()).isEqualTo("CORRECTED");
		assertThat(decided.get("reply").asText()).contains("已更正");
		long replacement = decided.get("replacementRecord").asLong();
		assertThat(replacement).isNotEqualTo(recordId);
		assertThat(task(id, "assist").state()).isEqualTo(TaskState.DONE);

		CreditFileItem old = awaitItem(recordId, item -> item.publicity().status() != PublicityStatus.PUBLISHED);
		CreditFileItem corrected = awaitItem(replacement, item -> true);
		assertThat(old.publicity().status()).isEqualTo(PublicityStatus.SUPERSEDED);
		assertThat(old.underObjection()).isFalse();
		assertThat(corrected.publicity().status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(corrected.fields()).anySatisfy(field -> assertThat(field.value()).contains("2024年度报告"));
		JsonNode shown = publicItem(subjectId, "穗市监罚〔2026〕异议1号");
		assertThat(shown.get("recordId").asLong()).isEqualTo(replacement);
		assertThat(shown.get("underObjection").asBoolean()).isFalse();
		// the report lists the corrected version (its batch) without the mark
		assertThat(reportPreview(subjectId)).doesNotContain("异议处理中")
			.contains("批次 " + corrected.batchId().toString().substring(0, 8));
		assertThat(this.published.seen).last()
			.isInstanceOfSatisfying(ObjectionDecided.class,
					event -> assertThat(event.outcome()).isEqualTo(ObjectionOutcome.CORRECTED));

		// the written reply, to keep
		MvcResult letter = this.mvc.perform(get("/api/objections/" + id + "/reply.pdf").session(enterprise))
			.andReturn();
		assertThat(letter.getResponse().getContentType()).isEqualTo("application/pdf");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
				.contains("异议申请处理答复书")
				.contains("已办结（信息已更正）")
				.contains("已更正为2024年度");
		}

		// the applicant follows it all
		JsonNode history = json(
				this.mvc.perform(get("/api/objections/" + id + "/history").session(enterprise)).andReturn(), 200);
		assertThat(history).extracting(step -> step.get("toState").asText())
			.containsExactly("已提交", "已受理，平台核查中", "信息提供单位协查中", "已办结");
	}

	@Test
	void anObjectionUpheldByDeletionTakesTheRecordOffThePortal() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5YYB02");
		long recordId = filePenalty("广州异议删除有限公司", uscc, "穗市监罚〔2026〕异议2号");
		long subjectId = this.creditFiles.item(recordId).orElseThrow().subjectId().value();
		assertThat(publicItems(subjectId)).hasSize(1);
		long id = counterObjection(recordId, "该处罚已被行政复议决定撤销");
		step(id, "accept", null, "予以受理");
		step(id, "refer", null, "转处罚机关协查");

		JsonNode decided = json(this.mvc
			.perform(withJson(post("/api/objections/" + id + "/answer").header("X-API-Key", this.clerk),
					Map.of("outcome", "DELETED", "explanation", "该处罚决定已被复议撤销，信息予以删除")))
			.andReturn(), 200);

		assertThat(decided.get("outcome").asText()).isEqualTo("DELETED");
		assertThat(awaitItem(recordId, item -> item.publicity().status() != PublicityStatus.PUBLISHED).publicity()
			.status()).isEqualTo(PublicityStatus.REVOKED);
		assertThat(publicItems(subjectId)).isEmpty();
	}

	@Test
	void theCreditOfficeMayRefuseOrCorrectItsOwnErrorAndEveryStepIsGuarded() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5YYC03");
		long recordId = filePenalty("广州异议受理有限公司", uscc, "穗市监罚〔2026〕异议3号");
		long id = counterObjection(recordId, "名称显示有误");

		// one objection at a time per record
		this.mvc
			.perform(withJson(post("/api/objections").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "applicantName", "张三", "contact", "13800000000", "reasons", "重复提交",
							"commitmentSigned", true)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("GX-REM-003"));
		// a department answers only what was referred to it
		this.mvc
			.perform(withJson(post("/api/objections/" + id + "/answer").header("X-API-Key", this.clerk),
					Map.of("outcome", "UPHELD", "explanation", "信息无误")))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("GX-REM-004"));
		// a stale version is refused
		this.mvc
			.perform(withJson(post("/api/objections/" + id + "/accept").header("X-API-Key", this.officer),
					Map.of("version", 7, "text", "受理")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(409));

		JsonNode accepted = step(id, "accept", 0, "予以受理");
		// accepting twice is harmless
		assertThat(step(id, "accept", null, "予以受理").get("version").asInt()).isEqualTo(accepted.get("version").asInt());
		JsonNode decided = step(id, "platform-correction", null, "平台主体名称显示有误，已即时更正");
		assertThat(decided.get("outcome").asText()).isEqualTo("PLATFORM_CORRECTED");
		assertThat(this.creditFiles.item(recordId).orElseThrow().underObjection()).isFalse();

		long refused = counterObjection(recordId, "再次提出");
		JsonNode notAccepted = step(refused, "refuse", null, "未提供任何证明材料，不予受理");
		assertThat(notAccepted.get("state").asText()).isEqualTo("NOT_ACCEPTED");
		assertThat(notAccepted.get("reply").asText()).contains("不予受理");
		assertThat(task(refused, "acceptance").state()).isEqualTo(TaskState.DONE);
	}

	@Test
	void aPersonsObjectionFiledAtTheCounterIsAuditedWhenOfficersListIt() throws Exception {
		Map<String, String> row = aPenalty().againstPerson("陈小红", CheckCharacters.citizenId("44010619850312231"))
			.fine("0.2")
			.document("穗市监罚〔2026〕个人异议1号")
			.decidedOn(LocalDate.now().minusDays(5))
			.row();
		JsonNode receipt = this.fixture.call(post("/api/ingest/providers/" + DEPARTMENT + "/categories/XZCF/records"),
				this.clerk, List.of(row), 201);
		long recordId = this.records.ofBatch(java.util.UUID.fromString(receipt.get("batchId").asText()), 0, 1)
			.get(0)
			.id();
		awaitItem(recordId, item -> true);
		String reference = json(this.mvc
			.perform(withJson(post("/api/objections").header("X-API-Key", this.officer), Map.of("recordId", recordId,
					"applicantName", "陈小红", "contact", "13900000000", "reasons", "处罚对象有误", "commitmentSigned", true)))
			.andReturn(), 201).get("reference").asText();

		this.mvc.perform(get("/remedies").header("X-API-Key", this.officer))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
		this.mvc.perform(get("/api/objections").header("X-API-Key", this.officer))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));

		assertThat(this.audit.search(null, "remedy.desk.read", null, null, null, Long.MAX_VALUE, 50))
			.anySatisfy(event -> assertThat(event.details()).contains(reference));
		assertThat(this.audit.search(null, "remedy.objection-list.read", null, null, null, Long.MAX_VALUE, 50))
			.anySatisfy(event -> assertThat(event.details()).contains(reference));
	}

	@Test
	void anObjectionNeedsTheCommitmentAndAnEnterpriseObjectsOnlyToItsOwnRecords() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5YYD04");
		long recordId = filePenalty("广州异议本企业有限公司", uscc, "穗市监罚〔2026〕异议4号");
		MockHttpSession stranger = enterpriseSession("ent.objection.d", CheckCharacters.uscc("91440101MA5YYE05"));
		registerOther(CheckCharacters.uscc("91440101MA5YYE05"));

		this.mvc
			.perform(withJson(post("/api/objections").session(stranger),
					Map.of("recordId", recordId, "contact", "020-1", "reasons", "不是我们的", "commitmentSigned", true)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		this.mvc
			.perform(withJson(post("/api/objections").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "applicantName", "李四", "contact", "020-2", "reasons", "有误",
							"commitmentSigned", false)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("GX-REM-002")
				.contains("信用承诺"));
		long id = counterObjection(recordId, "有误");
		this.mvc.perform(get("/api/objections/" + id).session(stranger))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		this.mvc.perform(get("/api/objections/" + id).header("X-API-Key", this.otherClerk))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		this.mvc.perform(get("/api/objections/" + id).header("X-API-Key", this.clerk))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
	}

	private long counterObjection(long recordId, String reasons) throws Exception {
		return json(this.mvc
			.perform(withJson(post("/api/objections").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "applicantName", "王五（代理人）", "contact", "020-87654321", "reasons",
							reasons, "commitmentSigned", true)))
			.andReturn(), 201).get("id").asLong();
	}

	private JsonNode step(long id, String step, Integer version, String text) throws Exception {
		Map<String, Object> body = (version != null) ? Map.of("version", version, "text", text) : Map.of("text", text);
		return json(this.mvc
			.perform(withJson(post("/api/objections/" + id + "/" + step).header("X-API-Key", this.officer), body))
			.andReturn(), 200);
	}

	private long filePenalty(String name, String uscc, String document) throws Exception {
		return this.fixture.filePenalty(name, uscc, document, LocalDate.now(this.clock).minusDays(5));
	}

	private CreditFileItem awaitItem(long recordId, java.util.function.Predicate<CreditFileItem> settled)
			throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (true) {
			java.util.Optional<CreditFileItem> item = this.creditFiles.item(recordId);
			if (item.isPresent() && settled.test(item.get())) {
				return item.get();
			}
			assertThat(System.nanoTime() - deadline).as("credit-file item " + recordId + " settled").isNegative();
			Thread.sleep(50);
		}
	}

	private MockHttpSession enterpriseSession(String username, String uscc) throws Exception {
		SystemActor.runAs("test", () -> this.accounts.createEnterpriseUser(username, "法人用户", PASSWORD, uscc));
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private void registerOther(String uscc) throws Exception {
		filePenalty("广州异议他人有限公司", uscc, "穗市监罚〔2026〕异议他" + System.nanoTime() + "号");
	}

	private Task task(long objectionId, String step) {
		return this.inbox.bySource("objection:" + objectionId + ":" + step).orElseThrow();
	}

	private JsonNode publicItem(long subjectId, String document) throws Exception {
		return publicItems(subjectId).stream()
			.filter(item -> item.get("documentNumber").asText().equals(document))
			.findFirst()
			.orElseThrow();
	}

	private List<JsonNode> publicItems(long subjectId) throws Exception {
		JsonNode file = json(this.mvc.perform(get("/api/public/credit-files/" + subjectId)).andReturn(), 200);
		List<JsonNode> items = new java.util.ArrayList<>();
		file.get("items").get("XZCF").forEach(items::add);
		return items;
	}

	private String reportPreview(long subjectId) throws Exception {
		MvcResult result = this.mvc
			.perform(withJson(post("/api/reports/preview").header("X-API-Key", this.officer),
					Map.of("type", "ORGANISATION", "subjectId", subjectId)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return this.fixture.withJson(request, body);
	}

	private JsonNode json(MvcResult result, int status) throws Exception {
		return this.fixture.json(result, status);
	}

}
