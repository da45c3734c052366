package io.gongxin.subscription;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.TaskType;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subscriptions end to end: real intake, credit files, feed, outbox and a webhook
 * receiver on loopback.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionIT {

	static final String OTHER = "GZ-STJ";

	static final String BANK = "BANK-GZNS";

	/** 越秀区 (440101) and 天河区 (440106) enterprises. */
	static final String YUEXIU = CheckCharacters.uscc("91440101MA9W1T2K");

	static final String TIANHE = CheckCharacters.uscc("91440106MA9X3B4L");

	static final String OUTSIDER = CheckCharacters.uscc("91440104MA9Y5C6M");

	static final String PERSON = CheckCharacters.citizenId("44010619850312203");

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Inbox inbox;

	Filing filing;

	String officer;

	String bank;

	String clerk;

	String otherClerk;

	LoopbackReceiver receiver = LoopbackReceiver.start();

	@BeforeAll
	void setUp() {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		SystemActor.runAs("test", () -> this.providers
			.register(new Provider(OTHER, "广州市生态环境局", CheckCharacters.uscc("11440100MB2D4417"), "440100", true, 0)));
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.bank = ApiKeys.issue(this.accounts, Role.BANK, BANK);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, Filing.PROVIDER);
		this.otherClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, OTHER);
	}

	@AfterAll
	void stop() {
		this.receiver.close();
	}

	@Test
	void aBanksWebhookGetsItsBorrowersNewPenaltyOnceSignedAfterTwoFailures() throws Exception {
		this.receiver.failNext(2, 503);
		JsonNode created = create(this.bank, """
				{"eventTypes":["creditfile.item-published"],"subjectCodes":["%s"],"purpose":"LENDING",
				 "delivery":"WEBHOOK","webhookUrl":"%s"}""".formatted(YUEXIU, this.receiver.url()));
		String secret = created.get("signingSecret").asText();
		assertThat(secret).startsWith("whsec_");
		long everything = id(create(this.officer, """
				{"eventTypes":["creditfile.item-published"],"purpose":"SUPERVISION","delivery":"PULL"}"""));

		this.filing
			.penalties(List.of(aPenalty().against("广州越秀信贷测试有限公司", YUEXIU).document("穗市监罚〔2026〕3101号").fine("2").row(),
					aPenalty().against("广州荔湾无关测试有限公司", OUTSIDER).document("穗市监罚〔2026〕3102号").fine("1").row()));

		await().atMost(Duration.ofSeconds(30)).until(() -> feed(everything, null, 100, this.officer).size() == 2);
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.receiver.applied().isEmpty());
		Thread.sleep(1000);
		List<LoopbackReceiver.Request> requests = this.receiver.requests();
		assertThat(requests).hasSize(3)
			.allSatisfy(request -> assertThat(request.signedWith(secret)).isTrue())
			.extracting(LoopbackReceiver.Request::attempt)
			.containsExactly("1", "2", "3");
		assertThat(this.receiver.acknowledged()).hasSize(1).containsValue(1);
		JsonNode delivered = this.json.readTree(requests.get(2).body());
		assertThat(delivered.get("type").asText()).isEqualTo("creditfile.item-published");
		assertThat(delivered.at("/data/subjectCode").asText()).isEqualTo(YUEXIU);
		assertThat(delivered.at("/data/documentNumber").asText()).isEqualTo("穗市监罚〔2026〕3101号");
		assertThat(requests.get(2).messageId()).isEqualTo(delivered.get("id").asText() + "-sub-" + id(created));
	}

	@Test
	void aSubscriberNeverReceivesAnEventOutsideItsFilterOrScope() throws Exception {
		long tianhe = id(create(this.officer, """
				{"eventTypes":["creditfile.item-published"],"regionPrefix":"440106","purpose":"SUPERVISION",
				 "delivery":"PULL"}"""));
		long licences = id(create(this.otherClerk, """
				{"eventTypes":["creditfile.item-published"],"categories":["XZXK"],"purpose":"JOINT_MEASURES",
				 "delivery":"PULL"}"""));
		long supervision = id(create(this.otherClerk, """
				{"eventTypes":["creditfile.item-published"],"categories":["XZCF"],"purpose":"SUPERVISION",
				 "delivery":"PULL"}"""));
		long banksPerson = id(create(this.bank, """
				{"eventTypes":["creditfile.item-published"],"subjectCodes":["%s"],"purpose":"LENDING",
				 "delivery":"PULL"}""".formatted(PERSON)));
		long office = id(create(this.officer, """
				{"eventTypes":["creditfile.item-published"],"categories":["XZCF"],"purpose":"SUPERVISION",
				 "delivery":"PULL"}"""));
		long ownTasks = id(create(this.otherClerk, """
				{"eventTypes":["inbox.task-opened"],"purpose":"WORK_REMINDER","delivery":"PULL"}"""));

		this.filing
			.penalties(List.of(aPenalty().against("广州天河范围测试有限公司", TIANHE).document("穗市监罚〔2026〕3201号").fine("3").row(),
					aPenalty().against("广州越秀范围测试有限公司", YUEXIU).document("穗市监罚〔2026〕3202号").fine("3").row(),
					aPenalty().againstPerson("王某某", PERSON).document("穗市监罚〔2026〕3203号").fine("0.5").row()));
		SystemActor.runAs("test", () -> {
			TaskType check = new TaskType("OBJECTION_CHECK", "异议协查", 10, "信用广州异议处理流程：信息提供单位10个工作日内核查并回复");
			long registered = this.transactions.execute(status -> {
				this.inbox.open(new NewTask(check, Filing.PROVIDER, "核查异议：市场监管", null, null, false, "scope:own",
						LocalDate.of(2026, 11, 2)));
				return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%TaskOpened'")
					.query(Long.class)
					.single();
			});
			assertThat(registered).as("no publication is registered for a task's event").isZero();
			this.inbox.open(new NewTask(check, OTHER, "核查异议：生态环境", null, null, false, "scope:other",
					LocalDate.of(2026, 11, 2)));
		});
		// a task's entry is written in the task's own transaction: there when the task is
		assertThat(feed(ownTasks, null, 100, this.otherClerk)).hasSize(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(office, null, 100, this.officer).size() == 3);

		assertThat(documents(feed(tianhe, null, 100, this.officer))).containsExactly("穗市监罚〔2026〕3201号");
		assertThat(feed(licences, null, 100, this.otherClerk)).isEmpty();
		assertThat(feed(banksPerson, null, 100, this.bank)).as("a person's record never reaches a bank").isEmpty();
		List<JsonNode> departmentView = feed(supervision, null, 100, this.otherClerk);
		assertThat(documents(departmentView)).contains("穗市监罚〔2026〕3203号");
		assertThat(departmentView.stream()
			.filter(e -> e.at("/data/documentNumber").asText().equals("穗市监罚〔2026〕3203号"))
			.map(e -> e.at("/data/subjectCode").asText()))
			.containsExactly(PERSON.substring(0, 6) + "********" + PERSON.substring(14));
		assertThat(feed(office, null, 100, this.officer).stream().map(e -> e.at("/data/subjectCode").asText()))
			.contains(PERSON);
		assertThat(feed(ownTasks, null, 100, this.otherClerk)).singleElement()
			.satisfies(e -> assertThat(e.at("/data/departmentCode").asText()).isEqualTo(OTHER));

		this.mvc.perform(get("/api/subscriptions/{id}/events", ownTasks).header("X-API-Key", this.clerk))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-003"));
	}

	@Test
	void whatMaySubscribeIsCheckedWithACodedProblem() throws Exception {
		refused(this.bank, """
				{"eventTypes":["creditfile.item-published"],"purpose":"LENDING","delivery":"PULL"}""", "GX-SBS-003");
		refused(this.bank, """
				{"eventTypes":["quality.notice-raised"],"subjectCodes":["%s"],"purpose":"LENDING","delivery":"PULL"}"""
			.formatted(YUEXIU), "GX-SBS-002");
		refused(this.clerk, """
				{"eventTypes":["creditfile.item-published"],"purpose":"LENDING","delivery":"PULL"}""", "GX-SBS-004");
		refused(this.clerk, """
				{"eventTypes":["no.such-event"],"purpose":"SUPERVISION","delivery":"PULL"}""", "GX-SBS-001");
		refused(this.clerk, """
				{"eventTypes":["creditfile.item-published"],"purpose":"SUPERVISION","delivery":"WEBHOOK"}""",
				"GX-SBS-006");
		this.mvc.perform(get("/api/subscriptions/event-types").header("X-API-Key", this.bank))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.contains("commitment.broken",
					"commitment.fulfilled", "creditfile.item-published")));
	}

	@Test
	void aPullSubscriberResumesFromItsCursorAndSeesNothingTwice() throws Exception {
		long pull = id(create(this.officer, """
				{"eventTypes":["creditfile.item-published"],"purpose":"SUPERVISION","delivery":"PULL"}"""));
		List<Map<String, String>> first = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			first.add(aPenalty().against("广州游标测试第" + i + "有限公司", CheckCharacters.uscc("91440101MA9W70" + i + "0"))
				.document("穗市监罚〔2026〕33" + i + "0号")
				.fine("1")
				.row());
		}
		this.filing.penalties(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(pull, null, 100, this.officer).size() == 3);

		JsonNode page = page(pull, null, 2);
		assertThat(page.get("entries")).hasSize(2);
		String cursor = page.get("nextCursor").asText();
		List<String> seen = new ArrayList<>(documents(list(page.get("entries"))));

		this.filing.penalties(List.of(aPenalty().against("广州游标测试第4有限公司", CheckCharacters.uscc("91440101MA9W7040"))
			.document("穗市监罚〔2026〕3340号")
			.fine("1")
			.row()));
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(pull, null, 100, this.officer).size() == 4);
		JsonNode rest = page(pull, cursor, 100);
		seen.addAll(documents(list(rest.get("entries"))));
		assertThat(seen).containsExactlyInAnyOrder("穗市监罚〔2026〕3310号", "穗市监罚〔2026〕3320号", "穗市监罚〔2026〕3330号",
				"穗市监罚〔2026〕3340号");
		assertThat(page(pull, rest.get("nextCursor").asText(), 100).get("entries")).isEmpty();

		this.mvc
			.perform(get("/api/subscriptions/{id}/events", pull).param("cursor", "not-a-cursor")
				.header("X-API-Key", this.officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-SBS-009"));
	}

	JsonNode create(String key, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/subscriptions").header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	void refused(String key, String body, String code) throws Exception {
		this.mvc
			.perform(post("/api/subscriptions").header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.code").value(code));
	}

	static long id(JsonNode created) {
		return created.at("/subscription/id").asLong();
	}

	JsonNode page(long id, String cursor, int limit) throws Exception {
		var request = get("/api/subscriptions/{id}/events", id).param("limit", Integer.toString(limit))
			.header("X-API-Key", this.officer);
		if (cursor != null) {
			request.param("cursor", cursor);
		}
		return this.json.readTree(
				this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	List<JsonNode> feed(long id, String cursor, int limit, String key) throws Exception {
		var request = get("/api/subscriptions/{id}/events", id).param("limit", Integer.toString(limit))
			.header("X-API-Key", key);
		if (cursor != null) {
			request.param("cursor", cursor);
		}
		return list(this.json
			.readTree(
					this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get("entries"));
	}

	static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	static List<String> documents(List<JsonNode> entries) {
		return entries.stream().map(e -> e.at("/data/documentNumber").asText()).toList();
	}

}
