package io.gongxin.commitment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.catalog.Nature;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.internal.DeadlineSweep;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskState;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.SettableClock;
import io.gongxin.support.SettableTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A commitment from template to finding on real PostgreSQL, with the bundled holiday
 * calendar and a clock the test sets: the credit office publishes a template, the
 * enterprise signs it on the portal, the public column shows it, the department finds it
 * broken, the credit file shows the negative record, and the next credit check warns; an
 * unverified commitment past its deadline is listed for its department and warned about
 * until it is verified.
 */
@GongxinIntegrationTest
@Import(SettableTime.class)
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentFlowIT {

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
	CreditFiles creditFiles;

	@Autowired
	Inbox inbox;

	@Autowired
	SettableClock clock;

	@Autowired
	ApplicationEvents events;

	CommitmentFixture fixture;

	@BeforeAll
	void setUp() {
		this.fixture = new CommitmentFixture(this.mvc, this.json, this.providers, this.accounts, this.subjects);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCommitmentSignedOnThePortalIsPublishedAndWhenBrokenBecomesANegativeRecordThatChecksWarnAbout()
			throws Exception {
		// a Monday after the catalog edition with 违背信用承诺信息 took effect (1 December 2026)
		this.clock.set(LocalDateTime.of(2026, 12, 7, 10, 0));
		String uscc = CheckCharacters.uscc("91440101MA5CN001");
		SubjectId company = this.fixture.company("广州承诺食品经营有限公司", uscc);
		JsonNode draft = this.fixture.call(post("/api/commitment-templates"), this.fixture.officer,
				CommitmentFixture.template("FLOW-SPJY", 5), 201);
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		assertThat(publishedCodes()).doesNotContain("FLOW-SPJY");
		JsonNode published = this.fixture.call(post("/api/commitment-templates/FLOW-SPJY/versions/1/publish"),
				this.fixture.officer, Map.of(), 200);
		assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(publishedCodes()).contains("FLOW-SPJY");

		MockHttpSession enterprise = this.fixture.enterprise("ent.commitment.a", uscc);
		JsonNode signed = this.fixture.json(this.mvc
			.perform(this.fixture.withJson(post("/api/my/commitments").session(enterprise), Map.of("templateCode",
					"FLOW-SPJY", "matter", "食品经营许可（新办），申请编号 SP4401062026120701", "agreed", true)))
			.andReturn(), 201);
		String number = signed.get("number").asText();
		assertThat(number).startsWith("CN20261207");
		assertThat(signed.get("state").asText()).isEqualTo("PENDING");
		assertThat(signed.get("channel").asText()).isEqualTo("PORTAL");
		assertThat(signed.get("templateVersion").asLong()).isEqualTo(published.get("id").asLong());
		assertThat(signed.get("digest").asText()).hasSize(64);
		// 5 working days from Monday 7 December
		assertThat(signed.get("dueOn").asText()).isEqualTo("2026-12-14");
		Task verification = this.inbox.bySource("commitment:" + number).orElseThrow();
		assertThat(verification.departmentCode()).isEqualTo(CommitmentFixture.DEPARTMENT);
		assertThat(verification.dueDate()).isEqualTo(LocalDate.of(2026, 12, 14));

		// the public column, as a page and as JSON
		assertThat(this.mvc.perform(get("/portal/commitments").param("q", "承诺食品"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("广州承诺食品经营有限公司").contains("食品经营许可告知承诺书").contains("履约中");
		JsonNode column = this.fixture
			.json(this.mvc.perform(get("/api/public/commitments").param("q", uscc)).andReturn(), 200);
		assertThat(column).singleElement().satisfies(shown -> {
			assertThat(shown.get("number").asText()).isEqualTo(number);
			assertThat(shown.get("kindLabel").asText()).isEqualTo("审批替代型");
			assertThat(shown.get("departmentName").asText()).isEqualTo("广州市市场监督管理局");
		});
		// and the credit file, as 信用承诺及其履行情况信息
		CreditFileItem commitmentItem = awaitItem(company, "XYCN", number);
		assertThat(commitmentItem.nature()).isEqualTo(Nature.NEUTRAL);
		assertThat(check(uscc).get("warnings")).isEmpty();

		// only the verifying department records the finding
		this.fixture.call(post("/api/commitments/" + number + "/finding"), this.fixture.otherClerk,
				finding("BROKEN", "2026-12-10"), 403);
		this.clock.set(LocalDateTime.of(2026, 12, 10, 15, 0));
		JsonNode found = this.fixture.call(post("/api/commitments/" + number + "/finding"), this.fixture.clerk,
				finding("BROKEN", "2026-12-10"), 200);
		assertThat(found.get("state").asText()).isEqualTo("BROKEN");
		assertThat(found.at("/outcome/breachTier").asText()).isEqualTo("GENERAL");
		assertThat(this.inbox.bySource("commitment:" + number).orElseThrow().state()).isEqualTo(TaskState.DONE);
		assertThat(this.events.stream(CommitmentBroken.class)).singleElement()
			.satisfies(event -> assertThat(event.number()).isEqualTo(number));

		CreditFileItem breach = awaitItem(company, "WBCN", number);
		assertThat(breach.nature()).isEqualTo(Nature.NEGATIVE);
		assertThat(breach.publicity().tier()).isEqualTo(SeverityTier.GENERAL);
		assertThat(breach.publicity().status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(breach.publicity().until()).isEqualTo(LocalDate.of(2027, 12, 9));
		assertThat(found.at("/outcome/recordId").asLong()).isEqualTo(breach.recordId());
		assertThat(this.mvc.perform(get("/portal/subjects/" + company.value() + "/tabs/wbcn"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(number).contains("实际经营场所与承诺不符");
		// the commitment's own record now says 未履约
		await().atMost(CommitmentFixture.PROJECTION)
			.until(() -> awaitItem(company, "XYCN", number).fields()
				.stream()
				.anyMatch(field -> "未履约".equals(field.value())));

		JsonNode answer = check(uscc);
		assertThat(answer.get("warnings")).singleElement().satisfies(warning -> {
			assertThat(warning.get("kind").asText()).isEqualTo("COMMITMENT_BROKEN");
			assertThat(warning.get("reference").asText()).isEqualTo(number);
			assertThat(warning.get("text").asText()).contains("未履行").contains("广州市市场监督管理局");
		});
		assertThat(this.mvc.perform(get("/api/public/commitments").param("q", uscc))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("未履约");
		// the check page shows the warning beside the measures
		assertThat(this.mvc
			.perform(post("/checks").header("X-API-Key", this.fixture.financeClerk)
				.param("scenario", "GOVERNMENT_PROCUREMENT")
				.param("subjects", uscc))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("事前信用预警").contains("曾违背信用承诺").contains(number);
		// the finding stands
		this.fixture.call(post("/api/commitments/" + number + "/finding"), this.fixture.clerk,
				finding("FULFILLED", "2026-12-10"), 409);
	}

	@Test
	void aCommitmentPastItsVerificationDeadlineIsListedForItsDepartmentAndWarnedAboutUntilVerified() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 12, 2, 9, 0));
		String uscc = CheckCharacters.uscc("91440101MA5CN002");
		this.fixture.company("广州承诺逾期餐饮有限公司", uscc);
		this.fixture.publishedTemplate("FLOW-OVERDUE", 3);
		// taken at the department's counter
		JsonNode signed = this.fixture.call(post("/api/commitments"), this.fixture.clerk,
				Map.of("templateCode", "FLOW-OVERDUE", "uscc", uscc, "matter", "食品经营许可（延续）", "agreed", true), 201);
		String number = signed.get("number").asText();
		assertThat(signed.get("channel").asText()).isEqualTo("DEPARTMENT");
		assertThat(signed.get("dueOn").asText()).isEqualTo("2026-12-07");
		// another department cannot register for the template's department
		this.fixture.call(post("/api/commitments"), this.fixture.otherClerk,
				Map.of("templateCode", "FLOW-OVERDUE", "uscc", uscc, "matter", "食品经营许可", "agreed", true), 403);

		this.clock.set(LocalDateTime.of(2026, 12, 8, 9, 0));
		JsonNode overdue = this.fixture.call(get("/api/commitments/overdue"), this.fixture.clerk, null, 200);
		assertThat(overdue).anySatisfy(c -> assertThat(c.get("number").asText()).isEqualTo(number));
		assertThat(this.fixture.call(get("/api/commitments/overdue"), this.fixture.otherClerk, null, 200))
			.noneSatisfy(c -> assertThat(c.get("number").asText()).isEqualTo(number));
		assertThat(this.mvc.perform(get("/commitments").header("X-API-Key", this.fixture.clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("overdue-" + number).contains("广州承诺逾期餐饮有限公司");
		JsonNode warned = check(uscc);
		assertThat(warned.get("warnings")).singleElement().satisfies(warning -> {
			assertThat(warning.get("kind").asText()).isEqualTo("COMMITMENT_OVERDUE");
			assertThat(warning.get("since").asText()).isEqualTo("2026-12-07");
		});
		assertThat(this.inbox.overdue(CommitmentFixture.DEPARTMENT, 500))
			.anySatisfy(task -> assertThat(task.sourceRef()).isEqualTo("commitment:" + number));

		JsonNode kept = this.fixture.call(post("/api/commitments/" + number + "/finding"), this.fixture.clerk,
				finding("FULFILLED", "2026-12-08"), 200);
		assertThat(kept.get("state").asText()).isEqualTo("FULFILLED");
		assertThat(this.events.stream(CommitmentFulfilled.class))
			.anySatisfy(event -> assertThat(event.number()).isEqualTo(number));
		assertThat(this.fixture.call(get("/api/commitments/overdue"), this.fixture.clerk, null, 200))
			.noneSatisfy(c -> assertThat(c.get("number").asText()).isEqualTo(number));
		assertThat(check(uscc).get("warnings")).isEmpty();
		// an answer given before the finding is replayed as it was given
		long earlier = this.fixture
			.json(this.mvc
				.perform(get("/api/checks").header("X-API-Key", this.fixture.financeClerk).param("limit", "5"))
				.andReturn(), 200)
			.get(1)
			.get("checkId")
			.asLong();
		JsonNode replayed = this.fixture.call(get("/api/checks/" + earlier + "/replay"), this.fixture.financeClerk,
				null, 200);
		assertThat(replayed.toString()).contains("COMMITMENT_OVERDUE");
		JsonNode figures = this.fixture.call(get("/api/commitments/statistics"), this.fixture.clerk, null, 200);
		assertThat(figures.get(0).get("departmentCode").asText()).isEqualTo(CommitmentFixture.DEPARTMENT);
		assertThat(figures.get(0).get("fulfilled").asLong()).isPositive();
		assertThat(figures.get(0).get("fulfilmentRate").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void commitmentsADepartmentFilesThroughTheIntakeAreTrackedAndItsLaterFindingIsRecorded() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
		String uscc = CheckCharacters.uscc("91440101MA5CN003");
		SubjectId company = this.fixture.company("广州承诺报送商贸有限公司", uscc);
		Map<String, String> row = new java.util.LinkedHashMap<>();
		row.put("承诺书编号", "穗市监承〔2026〕1209号");
		row.put("主体名称", "广州承诺报送商贸有限公司");
		row.put("主体类别", "法人及非法人组织");
		row.put("统一社会信用代码", uscc);
		row.put("承诺类型", "审批替代型告知承诺");
		row.put("承诺事项", "食品经营许可（新办）");
		row.put("承诺日期", "2026/12/1");
		row.put("承诺受理单位", "广州市市场监督管理局");
		row.put("履约情况", "履约中");
		fileCommitments(List.of(row));
		await().atMost(CommitmentFixture.PROJECTION)
			.ignoreExceptions()
			.until(() -> this.fixture.call(get("/api/commitments/穗市监承〔2026〕1209号"), this.fixture.clerk, null,
					200) != null);
		JsonNode registered = this.fixture.call(get("/api/commitments/穗市监承〔2026〕1209号"), this.fixture.clerk, null, 200);
		assertThat(registered.get("channel").asText()).isEqualTo("INGEST");
		assertThat(registered.get("kind").asText()).isEqualTo("APPROVAL_SUBSTITUTE");
		// the credit office's default: 20 working days
		assertThat(registered.get("dueOn").asText()).isEqualTo("2026-12-29");

		this.clock.set(LocalDateTime.of(2026, 12, 9, 10, 0));
		row.put("履约情况", "未履约");
		row.put("核查日期", "2026-12-09");
		fileCommitments(List.of(row));
		await().atMost(CommitmentFixture.PROJECTION)
			.until(() -> "BROKEN"
				.equals(this.fixture.call(get("/api/commitments/穗市监承〔2026〕1209号"), this.fixture.clerk, null, 200)
					.get("state")
					.asText()));
		CreditFileItem breach = awaitItem(company, "WBCN", "穗市监承〔2026〕1209号");
		assertThat(breach.nature()).isEqualTo(Nature.NEGATIVE);
		assertThat(check(uscc).get("warnings"))
			.anySatisfy(warning -> assertThat(warning.get("kind").asText()).isEqualTo("COMMITMENT_BROKEN"));
	}

	@Test
	void aVerificationPeriodRunningIntoAYearWithoutHolidayNoticeWaitsForTheNoticeThenOpens() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 12, 7, 10, 0));
		// this class's fresh database holds no notice for 2027; if the calendar still
		// counts one, say whether it came from the database or was kept in memory from
		// another class's (a failure seen once in a full run)
		assertThat(this.calendar.current().get(2027).covered())
			.as("2027 covered for the calendar; rows for 2027 in this database: %s",
					org.springframework.jdbc.core.simple.JdbcClient.create(this.dataSource)
						.sql("SELECT count(*) FROM calendar_year WHERE year = 2027")
						.query(Integer.class)
						.single())
			.isFalse();
		String uscc = CheckCharacters.uscc("91440101MA5CN007");
		this.fixture.company("广州承诺跨年贸易有限公司", uscc);
		this.fixture.publishedTemplate("FLOW-NEXT-YEAR", 30);
		JsonNode signed = this.fixture.call(post("/api/commitments"), this.fixture.clerk,
				Map.of("templateCode", "FLOW-NEXT-YEAR", "uscc", uscc, "matter", "食品经营许可（新办）", "agreed", true), 201);
		String number = signed.get("number").asText();
		// 30 working days from 7 December 2026 run into 2027, whose notice is not loaded
		assertThat(signed.get("dueOn").isNull()).isTrue();
		assertThat(signed.get("deadlinePending").asBoolean()).isTrue();
		assertThat(this.inbox.bySource("commitment:" + number)).isEmpty();
		assertThat(this.mvc.perform(get("/commitments").header("X-API-Key", this.fixture.clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("pending-" + number).contains("核查期限待定");
		assertThat(this.sweep.openDeadlines()).isZero();

		// an administrator loads the notice (a test notice: New Year's Day only)
		this.calendar.store(2027, """
				{"year": 2027, "papers": ["测试用节假日安排"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
				""", "test");
		assertThat(this.sweep.openDeadlines()).isPositive();
		JsonNode opened = this.fixture.call(get("/api/commitments/" + number), this.fixture.clerk, null, 200);
		// 7 December + 30 working days, 1 January off
		assertThat(opened.get("dueOn").asText()).isEqualTo("2027-01-19");
		assertThat(this.inbox.bySource("commitment:" + number).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2027, 1, 19));
	}

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	io.gongxin.calendar.internal.CalendarYears calendar;

	@Test
	void theRulesOfTemplatesAndSigningAreKept() throws Exception {
		Map<String, Object> serious = new java.util.LinkedHashMap<>(CommitmentFixture.template("FLOW-RULES", 10));
		serious.put("breachTier", "SERIOUS");
		assertThat(this.fixture.call(post("/api/commitment-templates"), this.fixture.officer, serious, 422)
			.get("code")
			.asText()).isEqualTo("GX-CMT-002");
		serious.put("breachTierBasis", "《某某条例》第三十条：虚假承诺的，列为严重失信");
		this.fixture.call(post("/api/commitment-templates"), this.fixture.clerk, serious, 403);
		JsonNode first = this.fixture.call(post("/api/commitment-templates"), this.fixture.officer, serious, 201);
		this.fixture.call(post("/api/commitment-templates/FLOW-RULES/versions/1/publish"), this.fixture.officer,
				Map.of(), 200);
		this.fixture.call(post("/api/commitment-templates/FLOW-RULES/versions/1/publish"), this.fixture.officer,
				Map.of(), 409);

		String uscc = CheckCharacters.uscc("91440101MA5CN004");
		this.fixture.company("广州承诺规则科技有限公司", uscc);
		MockHttpSession enterprise = this.fixture.enterprise("ent.commitment.rules", uscc);
		assertThat(this.fixture
			.json(this.mvc.perform(this.fixture.withJson(post("/api/my/commitments").session(enterprise),
					Map.of("templateCode", "FLOW-RULES", "matter", "许可申请", "agreed", false)))
				.andReturn(), 400)
			.get("code")
			.asText()).isEqualTo("GX-CMT-011");
		JsonNode signed = this.fixture
			.json(this.mvc.perform(this.fixture.withJson(post("/api/my/commitments").session(enterprise),
					Map.of("templateCode", "FLOW-RULES", "matter", "许可申请", "agreed", true)))
				.andReturn(), 201);
		assertThat(signed.get("breachTier").asText()).isEqualTo("SERIOUS");

		// version 2 replaces version 1 for new signings; the signed commitment keeps
		// version 1
		Map<String, Object> second = new java.util.LinkedHashMap<>(serious);
		second.put("name", "食品经营许可告知承诺书（2027年版）");
		JsonNode next = this.fixture.call(post("/api/commitment-templates"), this.fixture.officer, second, 201);
		assertThat(next.get("version").asInt()).isEqualTo(2);
		this.fixture.call(post("/api/commitment-templates/FLOW-RULES/versions/2/publish"), this.fixture.officer,
				Map.of(), 200);
		JsonNode all = this.fixture.call(get("/api/commitment-templates"), this.fixture.officer, null, 200);
		assertThat(all.valueStream()
			.filter(t -> t.get("code").asText().equals("FLOW-RULES"))
			.map(t -> t.get("version").asInt() + ":" + t.get("status").asText()))
			.containsExactly("2:PUBLISHED", "1:RETIRED");
		JsonNode mine = this.fixture.json(this.mvc.perform(get("/api/my/commitments").session(enterprise)).andReturn(),
				200);
		assertThat(mine.get(0).get("templateVersion").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(mine.get(0).get("typeName").asText()).isEqualTo("食品经营许可告知承诺书");

		// an organisation that is not registered cannot sign, and another's commitment is
		// not shown
		MockHttpSession stranger = this.fixture.enterprise("ent.commitment.stranger",
				CheckCharacters.uscc("91440101MA5CN005"));
		assertThat(this.fixture
			.json(this.mvc.perform(this.fixture.withJson(post("/api/my/commitments").session(stranger),
					Map.of("templateCode", "FLOW-RULES", "matter", "许可申请", "agreed", true)))
				.andReturn(), 403)
			.get("code")
			.asText()).isEqualTo("GX-CMT-016");
		this.fixture.call(get("/api/commitments/" + signed.get("number").asText()), this.fixture.otherClerk, null, 403);
	}

	@Test
	void aSignedCommitmentCannotBeChangedOrDeletedInTheDatabase() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5CN006");
		this.fixture.company("广州承诺存证有限公司", uscc);
		this.fixture.publishedTemplate("FLOW-EVIDENCE", 10);
		JsonNode signed = this.fixture.call(post("/api/commitments"), this.fixture.officer,
				Map.of("templateCode", "FLOW-EVIDENCE", "uscc", uscc, "matter", "食品经营许可（新办）", "agreed", true), 201);
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient
			.create(this.dataSource);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("UPDATE commitment SET matter = '改过的事由' WHERE number = :n")
				.param("n", signed.get("number").asText())
				.update())
			.hasMessageContaining("cannot be changed");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("DELETE FROM commitment WHERE number = :n")
				.param("n", signed.get("number").asText())
				.update())
			.hasMessageContaining("cannot be deleted");
	}

	@Autowired
	javax.sql.DataSource dataSource;

	private void fileCommitments(List<Map<String, String>> rows) throws Exception {
		JsonNode receipt = this.fixture.call(
				post("/api/ingest/providers/" + CommitmentFixture.DEPARTMENT + "/categories/XYCN/records"),
				this.fixture.clerk, rows, 201);
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(rows.size());
	}

	private List<String> publishedCodes() throws Exception {
		JsonNode published = this.fixture.json(this.mvc.perform(get("/api/public/commitment-templates")).andReturn(),
				200);
		return published.valueStream().map(t -> t.get("code").asText()).toList();
	}

	private static Map<String, Object> finding(String state, String foundOn) {
		return Map.of("state", state, "foundOn", foundOn, "evidence", "现场核查记录 穗市监核〔2026〕88号", "explanation",
				"经现场核查，实际经营场所与承诺不符，未设置食品贮存专用设施");
	}

	private JsonNode check(String uscc) throws Exception {
		return this.fixture
			.call(post("/api/checks"), this.fixture.financeClerk,
					Map.of("scenario", "GOVERNMENT_PROCUREMENT", "subjects", List.of(Map.of("uscc", uscc))), 200)
			.at("/subjects/0");
	}

	private CreditFileItem awaitItem(SubjectId subject, String category, String number) {
		return await().atMost(CommitmentFixture.PROJECTION)
			.until(() -> this.creditFiles.fileOf(subject)
				.stream()
				.filter(item -> item.categoryCode().equals(category) && item.documentNumber().equals(number)
						&& item.publicity().status() != PublicityStatus.SUPERSEDED)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

}
