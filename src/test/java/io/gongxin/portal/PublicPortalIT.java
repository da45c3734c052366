package io.gongxin.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.DomainException;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal over a data set with persons and organisations whose legal
 * representatives' citizen ids were filed: nothing public shows a citizen id in clear,
 * persons are not found, searches are rate-limited, officer endpoints are guarded.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalIT {

	static final Pattern EIGHTEEN = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

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

	Filing filing;

	String officer;

	final Set<String> citizenIds = new LinkedHashSet<>();

	final List<Long> organisations = new ArrayList<>();

	long person;

	@BeforeAll
	void fileADataSet() throws Exception {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		LocalDate today = LocalDate.now();
		List<java.util.Map<String, String>> rows = new ArrayList<>();
		String[] names = { "广州星河", "广州云帆", "广州青松", "广州海珠", "广州白云" };
		for (int i = 0; i < names.length; i++) {
			String rep = CheckCharacters.citizenId("4401061985020" + (3100 + i));
			this.citizenIds.add(rep);
			rows.add(aPenalty().against(names[i] + "贸易有限公司", CheckCharacters.uscc("91440101MA5MQK" + (10 + i)))
				.document("穗市监罚〔2026〕7" + i + "号")
				.fine("1." + i)
				.with("CF_FR_ZJLX", "001")
				.with("CF_FR_ZJHM", rep)
				.conduct("虚假宣传", "经查，法定代表人（身份证号" + rep + "，电话13800138000）组织发布虚假广告。")
				.decidedOn(today.minusDays(i))
				.row());
		}
		String personId = CheckCharacters.citizenId("44010619880808123");
		this.citizenIds.add(personId);
		rows.add(aPenalty().againstPerson("张三丰", personId)
			.document("穗市监罚〔2026〕79号")
			.fine("0.5")
			.conduct("无照经营", "当事人未取得营业执照从事经营活动。")
			.decidedOn(today)
			.row());
		JsonNode receipt = this.filing.penalties(rows);
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(rows.size());
		for (int i = 0; i < names.length; i++) {
			long id = this.subjects.findByKey(SubjectKey.uscc(CheckCharacters.uscc("91440101MA5MQK" + (10 + i))))
				.orElseThrow()
				.id()
				.value();
			this.organisations.add(id);
		}
		this.person = this.subjects.findByKey(SubjectKey.citizenId(personId)).orElseThrow().id().value();
		this.filing.await("/api/credit-files/" + this.person, this.officer, body -> body.contains("穗市监罚〔2026〕79号"));
		this.filing.await("/api/public/publications?category=XZCF", null, body -> body.contains("穗市监罚〔2026〕74号"));
	}

	@Test
	void noPublicPageOrApiShowsACitizenIdInClear() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/", "/portal/search?q=广州", "/portal/search?q=贸易",
				"/portal/search?q=张三丰", "/portal/publications?category=XZCF", "/portal/publications?category=XZXK",
				"/portal/publications.csv?category=XZCF", "/api/public/search?q=广州", "/api/public/search?q=张三丰",
				"/api/public/subjects?q=广州", "/api/public/publications?category=XZCF",
				"/api/public/publications.csv?category=XZCF"));
		for (String id : this.citizenIds) {
			paths.add("/api/public/search?q=" + id);
			paths.add("/portal/search?q=" + id);
		}
		for (long id : this.organisations) {
			paths.add("/api/public/credit-files/" + id);
			for (String tab : List.of("jbxx", "xzxk", "xzcf", "yzsx", "jyyc", "xycn", "sxjl")) {
				paths.add("/portal/subjects/" + id + "?tab=" + tab);
				paths.add("/portal/subjects/" + id + "/tabs/" + tab);
			}
		}
		int scanned = 0;
		for (String path : paths) {
			MvcResult result = this.mvc.perform(get(path).with(request -> {
				request.setRemoteAddr("10.0.0." + (path.length() % 200));
				return request;
			})).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			for (String id : this.citizenIds) {
				assertThat(body).as(path).doesNotContain(id);
			}
			Matcher candidates = EIGHTEEN.matcher(body);
			while (candidates.find()) {
				assertThat(isCitizenId(candidates.group())).as(path + " shows " + candidates.group()).isFalse();
			}
			assertThat(body).as(path).doesNotContain("13800138000");
			scanned++;
		}
		assertThat(scanned).isGreaterThan(60);
		String page = body("/portal/subjects/" + this.organisations.get(0) + "?tab=xzcf");
		assertThat(page).contains("穗市监罚〔2026〕70号").contains("440106********");
	}

	@Test
	void aOneCharacterQueryAsksForMoreInsteadOfSayingNothingWasFound() throws Exception {
		assertThat(body("/portal/search?q=广")).contains("请至少输入两个字").doesNotContain("没有找到相符的主体");
		assertThat(body("/portal/search?q=广州")).doesNotContain("请至少输入两个字");
	}

	@Test
	void aSearchWithMoreMatchesThanAPageSaysHowManyAndPagesThem() throws Exception {
		io.gongxin.platform.SystemActor.runAs("test", () -> {
			for (int i = 0; i < 20 + 3; i++) {
				this.subjects.register(new io.gongxin.subject.NewSubject(io.gongxin.subject.SubjectType.ENTERPRISE,
						"汇丰翠湖第" + i + "商贸有限公司", SubjectKey.uscc(CheckCharacters.uscc("91440101MA5HF" + (100 + i))),
						null, null, null, null, null), "test");
			}
		});
		assertThat(body("/portal/search?q=翠湖")).contains("23 个主体").contains("共 23 条，第 1/2 页").contains("下一页");
		assertThat(body("/portal/search?q=翠湖&page=2")).contains("共 23 条，第 2/2 页");
		assertThat(body("/portal/search?q=广州星河")).contains("第 1/1 页").doesNotContain("rel=\"next\"");
	}

	@Test
	void personsAreNeitherFoundNorShownPublicly() throws Exception {
		assertThat(body("/api/public/search?q=张三丰")).isEqualTo("[]");
		assertThat(body("/portal/search?q=张三丰")).contains("没有找到相符的主体");
		this.mvc.perform(get("/portal/subjects/" + this.person)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/public/credit-files/" + this.person))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-PRT-002"));
		assertThat(body("/api/public/publications?category=XZCF")).doesNotContain("张三丰");
	}

	@Test
	void searchByATwoCharacterNameFindsTheCompanyWithTypeAndStatus() throws Exception {
		String results = body("/portal/search?q=星河");
		assertThat(results).contains("广州星河贸易有限公司").contains("企业").contains("存续");
	}

	@Test
	void emptyTabsSaySo() throws Exception {
		assertThat(body("/portal/subjects/" + this.organisations.get(1) + "?tab=xzxk")).contains("暂无公示中的行政许可信息");
		assertThat(body("/portal/subjects/" + this.organisations.get(1) + "/tabs/sxjl")).contains("暂无公示中的守信激励信息");
	}

	@Test
	void theListingPagesByKeysetAndFilters() throws Exception {
		JsonNode first = this.json.readTree(body("/api/public/publications?category=XZCF&limit=2"));
		assertThat(first.get("items")).hasSize(2);
		String next = first.get("next").asText();
		JsonNode second = this.json.readTree(body("/api/public/publications?category=XZCF&limit=2&" + next));
		assertThat(second.get("items").get(0).get("recordId").asLong())
			.isNotEqualTo(first.get("items").get(1).get("recordId").asLong());
		String today = LocalDate.now().toString();
		JsonNode filtered = this.json.readTree(body("/api/public/publications?category=XZCF&department="
				+ Filing.PROVIDER + "&from=" + today + "&to=" + today));
		assertThat(filtered.get("items")).allMatch(item -> item.get("decisionDate").asText().equals(today));
		assertThat(body("/portal/publications?category=XZCF&from=2000-01-01&to=2000-01-02")).contains("暂无符合条件的公示信息");
		String csv = body("/portal/publications.csv?category=XZCF");
		assertThat(csv).startsWith("\uFEFF类别,").contains("广州星河贸易有限公司").contains("\"广州市市场监督管理局\"");
		// names, not codes: the source department, the category
		assertThat(csv).doesNotContain("\"" + Filing.PROVIDER + "\"").doesNotContain("\"XZCF\"");
		this.mvc.perform(get("/api/public/publications?category=XXXX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-CF-002"));
	}

	@Test
	void publicSearchIsRateLimitedPerClient() throws Exception {
		int allowed = 0;
		MvcResult refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			MvcResult result = this.mvc.perform(get("/api/public/search?q=广州").with(request -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			})).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				allowed++;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(allowed).isGreaterThanOrEqualTo(60);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("GX-PRT-001");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		// another client is not affected
		this.mvc.perform(get("/api/public/search?q=广州").with(request -> {
			request.setRemoteAddr("192.0.2.78");
			return request;
		})).andExpect(status().isOk());
	}

	@Test
	void aBrowserTurnedAwayFromSearchGetsAChinesePage() throws Exception {
		MvcResult refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			MvcResult result = this.mvc.perform(get("/portal/search?q=广州").accept("text/html").with(request -> {
				request.setRemoteAddr("192.0.2.79");
				return request;
			})).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getContentType()).startsWith("text/html");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("访问过于频繁")
			.contains("查询过于频繁，请稍后再试")
			.contains("返回首页")
			.doesNotContain("Too Many Requests");
	}

	@Test
	void officersReadFullFilesAndReadingAPersonsFileIsAudited() throws Exception {
		String file = this.mvc.perform(get("/api/credit-files/" + this.person).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).contains("穗市监罚〔2026〕79号");
		String again = this.mvc.perform(get("/api/credit-files/" + this.person).header("X-API-Key", this.officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.json.readTree(again).get("readers").size()).isGreaterThanOrEqualTo(2);
		assertThat(again).contains("creditfile.read.person");
		// who read the file, and when: in the configured zone, never a raw instant
		assertThat(this.mvc.perform(get("/console/credit-files/" + this.person).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("北京时间")
			.doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
	}

	@Test
	void officerEndpointsRefuseOtherRolesAndAnonymousCallers() throws Exception {
		String clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, Filing.PROVIDER);
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		long id = this.organisations.get(0);
		this.mvc.perform(get("/api/credit-files/" + id)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/credit-files/" + id).header("X-API-Key", clerk)).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/credit-files/" + id).header("X-API-Key", clerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/credit-files?q=广州").header("X-API-Key", this.officer))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/admin/credit-files/rebuild").header("X-API-Key", this.officer))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/admin/credit-files/end-due-publicity").header("X-API-Key", this.officer))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/admin/credit-files/end-due-publicity")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/admin/credit-files/end-due-publicity").header("X-API-Key", admin))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/credit-files/0").header("X-API-Key", this.officer))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-CF-001"));
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path).with(request -> {
			request.setRemoteAddr("10.1.1.1");
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static boolean isCitizenId(String candidate) {
		try {
			new CitizenId(candidate.toUpperCase());
			return true;
		}
		catch (DomainException ex) {
			return false;
		}
	}

}
