package io.gongxin.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
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
import io.gongxin.support.FileCells;
import io.gongxin.support.GongxinIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sharing with departments end to end: real subjects, intake, credit files, subscriptions
 * and feed. 天河区 and 海珠区 departments pull their own subjects; 越秀区 ones are outside their
 * scope.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingIT {

	static final String TIANHE = "GZTH-SCJGJ";

	static final String HAIZHU = "GZHZ-SCJGJ";

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
	AuditLog audit;

	Filing filing;

	String tianhe;

	String haizhu;

	String officer;

	@BeforeAll
	void setUp() {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(TIANHE, "广州市天河区市场监督管理局", null, "440106", true, 0));
			this.providers.register(new Provider(HAIZHU, "广州市海珠区市场监督管理局", null, "440105", true, 0));
		});
		this.tianhe = ApiKeys.issue(this.accounts, Role.PROVIDER, TIANHE);
		this.haizhu = ApiKeys.issue(this.accounts, Role.PROVIDER, HAIZHU);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	/** A valid USCC of an enterprise registered in the division. */
	static String uscc(String division, int serial) {
		return CheckCharacters.uscc("91" + division + "MA" + String.format("%06d", serial));
	}

	@Test
	void aDepartmentsSupervisionSetReceivesExactlyTheChangesOfItsSubjects() throws Exception {
		List<String> own = IntStream.range(0, 200).mapToObj(i -> uscc("440106", 1000 + i)).toList();
		List<String> others = IntStream.range(0, 40).mapToObj(i -> uscc("440106", 5000 + i)).toList();
		SystemActor.runAs("test", () -> {
			for (String code : own) {
				register(code, "广州天河监管" + code.substring(10, 16) + "有限公司");
			}
		});
		StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码\r\n");
		own.forEach(code -> csv.append("广州天河监管").append(code, 10, 16).append("有限公司,").append(code).append("\r\n"));

		JsonNode set = body(
				this.mvc
					.perform(post("/api/exchange/shares/sets").header("X-API-Key", this.tianhe)
						.contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(
								Map.of("name", "天河区重点监管企业", "purpose", "SUPERVISION", "text", csv.toString()))))
					.andExpect(status().isCreated())
					.andReturn());
		assertThat(set.at("/set/subjects").asInt()).isEqualTo(200);
		assertThat(set.at("/leftOut")).isEmpty();
		long subscription = set.at("/set/subscriptionId").asLong();
		// the page lists the set under the department's name, not its code
		String page = this.mvc.perform(get("/exchange/shares").header("X-API-Key", this.tianhe))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<td>广州市天河区市场监督管理局</td>").doesNotContain(">" + TIANHE + "<");

		List<java.util.Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < own.size(); i++) {
			rows.add(aPenalty().against("广州天河监管" + own.get(i).substring(10, 16) + "有限公司", own.get(i))
				.document("穗天监罚〔2026〕" + (1000 + i) + "号")
				.fine("1")
				.row());
		}
		for (int i = 0; i < others.size(); i++) {
			rows.add(aPenalty().against("广州天河其他" + i + "有限公司", others.get(i))
				.document("穗天监罚〔2026〕" + (5000 + i) + "号")
				.fine("1")
				.row());
		}
		this.filing.penalties(rows);

		await().atMost(Duration.ofSeconds(60)).until(() -> feed(subscription).size() >= 200);
		Thread.sleep(500);
		List<JsonNode> entries = feed(subscription);
		Set<String> subjectsInFeed = new HashSet<>();
		entries.forEach(entry -> subjectsInFeed.add(entry.at("/data/subjectCode").asText()));
		assertThat(entries).hasSize(200);
		assertThat(subjectsInFeed).containsExactlyInAnyOrderElementsOf(own);

		JsonNode answer = body(this.mvc
			.perform(multipart("/api/exchange/shares/upload")
				.file(new MockMultipartFile("file", "list.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)))
				.param("purpose", "SUPERVISION")
				.header("X-API-Key", this.tianhe))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(answer.get("subjects")).hasSize(200)
			.allSatisfy(subject -> assertThat(subject.get("items")).singleElement()
				.satisfies(item -> assertThat(item.get("categoryCode").asText()).isEqualTo("XZCF")));
		assertThat(answer.get("outcomes")).isEmpty();
	}

	@Test
	void aDepartmentIsRefusedEachCodeOutsideItsScopeWithTheReasonAndThePullIsAudited() throws Exception {
		String inScope = uscc("440106", 7001);
		String yuexiu = uscc("440104", 7002);
		String unknown = uscc("440106", 7003);
		SystemActor.runAs("test", () -> {
			register(inScope, "广州天河范围内有限公司");
			register(yuexiu, "广州越秀范围外有限公司");
		});

		JsonNode answer = pull(this.tianhe, "JOINT_MEASURES", List.of(inScope, yuexiu, unknown, "12345"));

		assertThat(answer.get("subjects")).singleElement()
			.satisfies(subject -> assertThat(subject.get("code").asText()).isEqualTo(inScope));
		assertThat(answer.get("outcomes")).hasSize(3);
		assertThat(answer.at("/outcomes/0/code").asText()).isEqualTo(yuexiu);
		assertThat(answer.at("/outcomes/0/status").asText()).isEqualTo("REFUSED");
		assertThat(answer.at("/outcomes/0/reason").asText()).contains("不属于本部门监管范围");
		assertThat(answer.at("/outcomes/1/reason").asText()).isEqualTo("未找到");
		assertThat(answer.at("/outcomes/2/status").asText()).isEqualTo("INVALID");
		List<AuditRecord> pulls = this.audit.search(null, "exchange.share.pull", null, null, null, Long.MAX_VALUE, 50);
		assertThat(pulls).anySatisfy(record -> {
			assertThat(record.targetId()).isEqualTo(answer.get("queryId").asText());
			assertThat(record.kind()).isEqualTo("READ");
			assertThat(record.details()).contains(TIANHE).contains("不予提供1个").contains("未找到1个");
		});

		this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("purpose", "SUPERVISION", "codes", List.of(yuexiu)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].code").value(yuexiu));
	}

	@Test
	void theSharedFileNamesTheSourceDepartmentTheCategoryAndTheScopeNotTheirCodes() throws Exception {
		String inScope = uscc("440106", 7101);
		String yuexiu = uscc("440104", 7102);
		SystemActor.runAs("test", () -> {
			register(inScope, "广州天河共享名称有限公司");
			register(yuexiu, "广州越秀共享名称有限公司");
		});
		this.filing.penalties(
				List.of(aPenalty().against("广州天河共享名称有限公司", inScope).document("穗天监罚〔2026〕7101号").fine("1").row()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> pull(this.tianhe, "SUPERVISION", List.of(inScope)).at("/subjects/0/items").size() == 1);

		byte[] csv = this.mvc
			.perform(post("/api/exchange/shares/csv").header("X-API-Key", this.tianhe)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("purpose", "SUPERVISION", "codes", List.of(inScope, yuexiu)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> cells = FileCells.csv(csv);
		assertThat(cells).contains("广州市市场监督管理局", "行政处罚信息", "不予提供", "不属于本部门监管范围（辖区广州市天河区）")
			.doesNotContain(Filing.PROVIDER, "XZCF", "440106", "REFUSED", "SUPERVISION", "ACTIVE");
	}

	@Test
	void aPersonsIdIsMaskedForADepartmentAndEachPersonsFileReadIsAudited() throws Exception {
		String resident = CheckCharacters.citizenId("44010619900101123");
		String unplaced = CheckCharacters.citizenId("44010619900101124");
		long residentId = SystemActor.callAs("test", () -> {
			this.subjects.register(NewSubject.of(SubjectType.NATURAL_PERSON, "张某某", SubjectKey.citizenId(unplaced)),
					"test");
			return this.subjects
				.register(new NewSubject(SubjectType.NATURAL_PERSON, "陈某某", SubjectKey.citizenId(resident), null, null,
						"440106", null, null), "test")
				.value();
		});

		JsonNode department = pull(this.tianhe, "SUPERVISION", List.of(resident, unplaced));
		assertThat(department.at("/subjects/0/code").asText()).isEqualTo(CitizenIdMask.of(resident));
		assertThat(department.at("/outcomes/0/code").asText()).isEqualTo(CitizenIdMask.of(unplaced));
		assertThat(department.at("/outcomes/0/reason").asText()).contains("地区不明");
		assertThat(department.toString()).doesNotContain(resident).doesNotContain(unplaced);
		JsonNode office = pull(this.officer, "SUPERVISION", List.of(resident));
		assertThat(office.at("/subjects/0/code").asText()).isEqualTo(resident);

		assertThat(this.audit.search(null, "exchange.share.person", null, null, null, Long.MAX_VALUE, 50))
			.filteredOn(record -> ("S" + residentId).equals(record.subjectRef()))
			.hasSize(2)
			.allSatisfy(record -> assertThat(record.toString()).doesNotContain(resident));
	}

	/** How the platform masks a citizen id for departments. */
	static final class CitizenIdMask {

		static String of(String id) {
			return id.substring(0, 6) + "********" + id.substring(14);
		}

	}

	@Test
	void aListBeyondTenThousandCodesOrWithoutAPurposeIsAProblemNotAnError() throws Exception {
		List<String> huge = IntStream.range(0, 10_001).mapToObj(i -> "C" + i + "XXXXXXXXXXXXXXX").toList();
		this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", this.tianhe)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("purpose", "SUPERVISION", "codes", huge))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-EXC-030"));
		this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", this.tianhe)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"codes\":[\"" + uscc("440106", 1) + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-EXC-031"));
		this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", this.tianhe)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\":\"LENDING\",\"codes\":[\"" + uscc("440106", 1) + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-EXC-031"));
	}

	@Test
	void usageIsCountedPerDepartmentMonthAndPurpose() throws Exception {
		String own = uscc("440105", 8001);
		String foreign = uscc("440104", 8002);
		SystemActor.runAs("test", () -> {
			register(own, "广州海珠统计有限公司");
			register(foreign, "广州越秀统计有限公司");
		});
		pull(this.haizhu, "SUPERVISION", List.of(own, foreign));
		pull(this.haizhu, "SUPERVISION", List.of(own));
		pull(this.haizhu, "CREDIT_CHECK", List.of(own, uscc("440105", 8003)));

		JsonNode usage = body(this.mvc
			.perform(get("/api/exchange/shares/usage").param("department", HAIZHU).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(usage).hasSize(2);
		JsonNode supervision = find(usage, "SUPERVISION");
		assertThat(supervision.get("departmentName").asText()).isEqualTo("广州市海珠区市场监督管理局");
		assertThat(supervision.get("queries").asLong()).isEqualTo(2);
		assertThat(supervision.get("subjects").asLong()).isEqualTo(2);
		assertThat(supervision.get("refused").asLong()).isEqualTo(1);
		JsonNode check = find(usage, "CREDIT_CHECK");
		assertThat(check.get("queries").asLong()).isEqualTo(1);
		assertThat(check.get("notFound").asLong()).isEqualTo(1);

		JsonNode ownView = body(this.mvc
			.perform(get("/api/exchange/shares/usage").param("department", TIANHE).header("X-API-Key", this.haizhu))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(ownView).as("a clerk sees its own department's figures, whatever it asks")
			.allSatisfy(row -> assertThat(row.get("department").asText()).isEqualTo(HAIZHU));
	}

	private void register(String code, String name) {
		this.subjects.register(
				new NewSubject(SubjectType.ENTERPRISE, name, SubjectKey.uscc(code), null, null, null, null, null),
				"test");
	}

	private JsonNode pull(String key, String purpose, List<String> codes) throws Exception {
		return body(this.mvc
			.perform(post("/api/exchange/shares").header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("purpose", purpose, "codes", codes))))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static JsonNode find(JsonNode rows, String purpose) {
		for (JsonNode row : rows) {
			if (row.get("purpose").asText().equals(purpose)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + purpose + " in " + rows);
	}

	/** Every entry of the department's feed, page by page. */
	private List<JsonNode> feed(long subscription) throws Exception {
		List<JsonNode> entries = new ArrayList<>();
		String cursor = null;
		while (true) {
			var request = get("/api/subscriptions/{id}/events", subscription).param("limit", "100")
				.header("X-API-Key", this.tianhe);
			if (cursor != null) {
				request = request.param("cursor", cursor);
			}
			JsonNode page = body(this.mvc.perform(request).andExpect(status().isOk()).andReturn());
			page.get("entries").forEach(entries::add);
			cursor = page.get("nextCursor").asText();
			if (page.get("entries").isEmpty()) {
				return entries;
			}
		}
	}

	private JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
