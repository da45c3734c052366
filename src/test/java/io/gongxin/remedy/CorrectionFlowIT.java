package io.gongxin.remedy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

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
import io.gongxin.inbox.TaskState;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.SettableClock;
import io.gongxin.support.SettableTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Corrections (勘误) on real PostgreSQL: a department that finds its own record wrong files
 * the corrected version with its written explanation within 2 working days (the task in
 * its inbox across National Day 2026); the credit office asks another department for one,
 * which confirms its record; nobody corrects another department's record.
 */
@GongxinIntegrationTest
@Import(SettableTime.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionFlowIT {

	static final String DEPARTMENT = RemedyFixture.DEPARTMENT;

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
	SettableClock clock;

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDepartmentCorrectsItsOwnRecordWithAWrittenExplanationWithinTwoWorkingDays() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 9, 30, 11, 0));
		long recordId = filePenalty("广州勘误更正有限公司", CheckCharacters.uscc("91440101MA5KWA01"), "穗市监罚〔2026〕勘误1号");

		JsonNode opened = json(this.mvc
			.perform(withJson(post("/api/corrections").header("X-API-Key", this.clerk),
					Map.of("recordId", recordId, "finding", "罚款金额录入错误，应为1.5万元")))
			.andReturn(), 201);
		long id = opened.get("id").asLong();
		assertThat(opened.get("state").asText()).isEqualTo("OPEN");
		Task task = this.inbox.bySource("correction:" + id).orElseThrow();
		assertThat(task.departmentCode()).isEqualTo(DEPARTMENT);
		assertThat(task.typeName()).isEqualTo("信息勘误");
		// 1–7 October 2026 off: the 8th and 9th are the two working days
		assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(task.legalBasis()).contains("2个工作日");

		// another department may neither see nor file it
		this.mvc.perform(get("/api/corrections/" + id).header("X-API-Key", this.otherClerk))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		this.mvc
			.perform(withJson(post("/api/corrections/" + id + "/file").header("X-API-Key", this.otherClerk),
					Map.of("outcome", "CONFIRMED", "explanation", "无误")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));

		this.clock.set(LocalDateTime.of(2026, 10, 8, 15, 0));
		JsonNode filed = json(this.mvc
			.perform(withJson(post("/api/corrections/" + id + "/file").header("X-API-Key", this.clerk),
					Map.of("version", 0, "outcome", "CORRECTED", "explanation", "经核对处罚决定书原件，罚款金额应为1.5万元，已更正",
							"corrected", Map.of("CF_NR", "罚款人民币1.5万元"))))
			.andReturn(), 200);
		assertThat(filed.get("state").asText()).isEqualTo("CORRECTED");
		long replacement = filed.get("replacementRecord").asLong();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.creditFiles.item(replacement).isPresent() && this.creditFiles.item(recordId)
				.map(item -> item.publicity().status() == PublicityStatus.SUPERSEDED)
				.orElse(false));
		assertThat(this.creditFiles.item(replacement).orElseThrow().summary()).isEqualTo("罚款人民币1.5万元");
		Task done = this.inbox.bySource("correction:" + id).orElseThrow();
		assertThat(done.state()).isEqualTo(TaskState.DONE);
		assertThat(done.onTime()).isTrue();
		assertThat(done.outcome()).contains("已更正");
	}

	@Test
	void theCreditOfficeAsksForACorrectionAndTheDepartmentConfirmsItsRecord() throws Exception {
		long recordId = filePenalty("广州勘误核实有限公司", CheckCharacters.uscc("91440101MA5KWB02"), "穗市监罚〔2026〕勘误2号");
		long id = json(this.mvc
			.perform(withJson(post("/api/corrections").header("X-API-Key", this.officer),
					Map.of("recordId", recordId, "finding", "处罚依据与处罚种类不一致，请核实")))
			.andReturn(), 201).get("id").asLong();

		JsonNode open = json(this.mvc.perform(get("/api/corrections").header("X-API-Key", this.clerk)).andReturn(),
				200);
		assertThat(open).extracting(c -> c.get("id").asLong()).contains(id);
		JsonNode others = json(
				this.mvc.perform(get("/api/corrections").header("X-API-Key", this.otherClerk)).andReturn(), 200);
		assertThat(others).extracting(c -> c.get("id").asLong()).doesNotContain(id);

		JsonNode filed = json(this.mvc
			.perform(withJson(post("/api/corrections/" + id + "/file").header("X-API-Key", this.clerk),
					Map.of("outcome", "CONFIRMED", "explanation", "经核实，处罚依据与种类一致，信息无误")))
			.andReturn(), 200);
		assertThat(filed.get("state").asText()).isEqualTo("CONFIRMED");
		assertThat(this.creditFiles.item(recordId).orElseThrow().publicity().status())
			.isEqualTo(PublicityStatus.PUBLISHED);
		// filed once: a second filing with another outcome is refused
		JsonNode again = json(this.mvc
			.perform(withJson(post("/api/corrections/" + id + "/file").header("X-API-Key", this.clerk),
					Map.of("outcome", "WITHDRAWN", "explanation", "撤回")))
			.andReturn(), 409);
		assertThat(again.get("code").asText()).isEqualTo("GX-REM-004");
	}

	private long filePenalty(String name, String uscc, String document) throws Exception {
		return this.fixture.filePenalty(name, uscc, document, LocalDate.now(this.clock).minusDays(5));
	}

	private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return this.fixture.withJson(request, body);
	}

	private JsonNode json(MvcResult result, int status) throws Exception {
		return this.fixture.json(result, status);
	}

}
