package io.gongxin.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.Filing;
import io.gongxin.creditfile.PublicityEnded;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.remedy.ExternalRepair;
import io.gongxin.remedy.Repairs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Licensed credit service agencies end to end: registered by the credit office, fed
 * through the subscription feed with public information about organisations only.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyIT {

	static final String PUBLIC_FINE = CheckCharacters.uscc("91440101MA9A0001");

	static final String WARNED = CheckCharacters.uscc("91440101MA9A0002");

	static final String ENDED = CheckCharacters.uscc("91440101MA9A0003");

	static final String PERSON = CheckCharacters.citizenId("44010619850312204");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Repairs repairs;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	Subjects subjects;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Filing filing;

	String officer;

	String clerk;

	@BeforeAll
	void setUp() {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, Filing.PROVIDER);
	}

	@Test
	void anAgencyReceivesPublicItemsTheirRepairAndEndOfPublicityButNeverAPersonOrAHiddenItem() throws Exception {
		JsonNode registered = register("AG-GZZX", "广州征信服务有限公司", CheckCharacters.uscc("91440101MA9B0001"),
				"GZ-ZX-2026-001");
		String agency = registered.get("apiKey").asText();
		long everything = subscribeOffice();

		this.filing.penalties(
				List.of(aPenalty().against("广州公开罚款有限公司", PUBLIC_FINE).document("穗市监罚〔2026〕7101号").fine("2").row(),
						aPenalty().against("广州仅警告有限公司", WARNED).document("穗市监罚〔2026〕7102号").row(),
						aPenalty().against("广州公示期满有限公司", ENDED).document("穗市监罚〔2026〕7103号").fine("1").row(),
						aPenalty().againstPerson("李某某", PERSON).document("穗市监罚〔2026〕7104号").fine("0.5").row()));
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(everything, this.officer).size() == 4);

		SystemActor.runAs("test", () -> this.repairs.recordExternal(new ExternalRepair("信用中国", "XF-2026-0001",
				PUBLIC_FINE, "XZCF", "穗市监罚〔2026〕7101号", LocalDate.of(2026, 12, 1))));
		// the end of a publicity period comes from the creditfile's daily job, which a
		// test cannot wait for: the event is published as that job publishes it
		CreditFileItem ending = this.creditFiles
			.fileOf(this.subjects.findByKey(SubjectKey.uscc(ENDED)).orElseThrow().id())
			.get(0);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new PublicityEnded(ending.recordId(),
				ending.subjectId(), "XZCF", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3))));
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(everything, this.officer).size() == 6);

		List<JsonNode> received = agencyFeed(agency);
		assertThat(received)
			.extracting(entry -> entry.get("type").asText() + " " + entry.at("/data/subjectCode").asText())
			.containsExactlyInAnyOrder("creditfile.item-published " + PUBLIC_FINE, "creditfile.item-published " + ENDED,
					"remedy.repair-approved " + PUBLIC_FINE, "creditfile.publicity-ended " + ENDED);
		assertThat(received.toString()).doesNotContain(PERSON.substring(0, 6))
			.doesNotContain("李某某")
			.doesNotContain("7102")
			.doesNotContain("7104");
		assertThat(received).filteredOn(entry -> entry.get("type").asText().equals("remedy.repair-approved"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.at("/data/origin").asText()).isEqualTo("信用中国"));
	}

	@Test
	void aSuspendedAgencyReceivesNothingUntilRestoredAndARevokedOneNeverAgain() throws Exception {
		JsonNode registered = register("AG-PAUSE", "广州暂停测试信用服务有限公司", CheckCharacters.uscc("91440101MA9B0002"),
				"GZ-ZX-2026-002");
		String agency = registered.get("apiKey").asText();
		long id = registered.at("/agency/id").asLong();
		this.mvc.perform(get("/api/exchange/agencies/feed").header("X-API-Key", agency)).andExpect(status().isOk());

		changeStatus(id, "SUSPENDED").andExpect(jsonPath("$.status").value("SUSPENDED"));
		this.mvc.perform(get("/api/exchange/agencies/feed").header("X-API-Key", agency))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-EXC-046"));

		changeStatus(id, "ACTIVE").andExpect(status().isOk());
		this.mvc.perform(get("/api/exchange/agencies/feed").header("X-API-Key", agency)).andExpect(status().isOk());

		changeStatus(id, "REVOKED").andExpect(status().isOk());
		this.mvc.perform(get("/api/exchange/agencies/feed").header("X-API-Key", agency))
			.andExpect(status().isUnauthorized());
		changeStatus(id, "ACTIVE").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("GX-EXC-045"));
	}

	@Test
	void aClerkCannotRegisterAgenciesAndAnAgencyCannotPullDepartmentShares() throws Exception {
		this.mvc
			.perform(post("/api/exchange/agencies").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("AG-CLERK", "广州越权测试有限公司", CheckCharacters.uscc("91440101MA9B0003"), "X-1")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-002"));
		String agency = register("AG-NOSHARE", "广州共享越权测试有限公司", CheckCharacters.uscc("91440101MA9B0004"),
				"GZ-ZX-2026-004")
			.get("apiKey")
			.asText();
		this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", agency)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\":\"SUPERVISION\",\"codes\":[\"" + PUBLIC_FINE + "\"]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-002"));
		this.mvc.perform(get("/api/subscriptions").header("X-API-Key", agency))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-002"));
	}

	@Test
	void anAgencyIsRegisteredOnceWithAValidCodeAndItsCategories() throws Exception {
		register("AG-ONCE", "广州唯一测试信用服务有限公司", CheckCharacters.uscc("91440101MA9B0005"), "GZ-ZX-2026-005");
		this.mvc
			.perform(post("/api/exchange/agencies").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("AG-TWICE", "重复备案", CheckCharacters.uscc("91440101MA9B0006"), "GZ-ZX-2026-005")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-EXC-043"));
		this.mvc
			.perform(post("/api/exchange/agencies").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("AG-BAD", "无效代码", "91440101MA9B00069", "GZ-ZX-2026-006")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-EXC-041"));
		this.mvc
			.perform(post("/api/exchange/agencies").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-EXC-040"));
	}

	private JsonNode register(String code, String name, String uscc, String filing) throws Exception {
		return body(this.mvc
			.perform(post("/api/exchange/agencies").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration(code, name, uscc, filing)))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private String registration(String code, String name, String uscc, String filing) {
		return this.json.writeValueAsString(Map.of("code", code, "name", name, "uscc", uscc, "filingNumber", filing,
				"filingAuthority", "中国人民银行广东省分行", "categories", Set.of("XZCF", "XZXK")));
	}

	private org.springframework.test.web.servlet.ResultActions changeStatus(long id, String status) throws Exception {
		return this.mvc.perform(post("/api/exchange/agencies/{id}/status", id).header("X-API-Key", this.officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"" + status + "\",\"reason\":\"测试：备案机关通报\"}"));
	}

	@Test
	void anAgencyIsNeitherSubscribedNorGivenAnAccountOrKeyByHand() throws Exception {
		this.mvc
			.perform(post("/api/subscriptions").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subscriberKind\":\"AGENCY\",\"subscriberCode\":\"AG-HAND\","
						+ "\"eventTypes\":[\"creditfile.item-published\"],\"purpose\":\"CREDIT_SERVICE\","
						+ "\"delivery\":\"PULL\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("GX-SBS-012"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> io.gongxin.platform.SystemActor.runAs("test",
					() -> this.accounts.createUser("agency.person", "某征信机构员工", "Agency-Person-2026!", Role.AGENCY,
							null)))
			.isInstanceOfSatisfying(io.gongxin.platform.DomainException.class,
					ex -> org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo("GX-SEC-020"));
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc
			.perform(post("/api/admin/api-keys").header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"手工征信机构密钥\",\"role\":\"AGENCY\",\"departmentCode\":\"AG-HAND\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("GX-SEC-020"));
	}

	/**
	 * The credit office's subscription to everything agencies may get: the test's clock.
	 */
	private long subscribeOffice() throws Exception {
		return body(this.mvc
			.perform(post("/api/subscriptions").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"eventTypes\":[\"creditfile.item-published\",\"creditfile.publicity-ended\","
						+ "\"remedy.repair-approved\"],\"purpose\":\"SUPERVISION\",\"delivery\":\"PULL\"}"))
			.andExpect(status().isCreated())
			.andReturn()).at("/subscription/id").asLong();
	}

	private List<JsonNode> feed(long subscription, String key) throws Exception {
		JsonNode page = body(this.mvc
			.perform(get("/api/subscriptions/{id}/events", subscription).param("limit", "500").header("X-API-Key", key))
			.andExpect(status().isOk())
			.andReturn());
		List<JsonNode> entries = new ArrayList<>();
		page.get("entries").forEach(entries::add);
		return entries;
	}

	private List<JsonNode> agencyFeed(String key) throws Exception {
		JsonNode page = body(
				this.mvc.perform(get("/api/exchange/agencies/feed").param("limit", "500").header("X-API-Key", key))
					.andExpect(status().isOk())
					.andReturn());
		List<JsonNode> entries = new ArrayList<>();
		page.get("entries").forEach(entries::add);
		return entries;
	}

	private JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
