package io.gongxin.portal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static io.gongxin.support.ListRecords.aSeriousDiscreditListing;
import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paging with totals on the portal: 57 penalties in publicity (45 companies with one
 * each, one company with twelve), 45 companies found by one search. Every listing says
 * how many there are and on which page one is, and 上一页, 下一页 and the page numbers lead
 * through all of them exactly once.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagingIT {

	static final Pattern DOCUMENT = Pattern.compile("穗市监罚〔2026〕(\\d+)号");

	static final Pattern NEXT = Pattern.compile("<a rel=\"next\" class=\"pager-next\" href=\"([^\"]+)\"");

	static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\" class=\"pager-prev\" href=\"([^\"]+)\"");

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
	Lists lists;

	long busy;

	@BeforeAll
	void fileAndRegister() throws Exception {
		Filing filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		LocalDate today = LocalDate.now();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			rows.add(aPenalty().against("广州分页测试第" + i + "贸易有限公司", CheckCharacters.uscc("91440101MA5PG" + (100 + i)))
				.document("穗市监罚〔2026〕" + (3000 + i) + "号")
				.fine("1")
				.decidedOn(today)
				.row());
		}
		String busyCode = CheckCharacters.uscc("91440101MA5PGBUY");
		for (int i = 0; i < 12; i++) {
			rows.add(aPenalty().against("广州屡罚测试贸易有限公司", busyCode)
				.document("穗市监罚〔2026〕" + (4000 + i) + "号")
				.fine("1")
				.decidedOn(today)
				.row());
		}
		JsonNode receipt = filing.penalties(rows);
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(rows.size());
		filing.await("/api/public/publications?category=XZCF&limit=100", null,
				body -> DOCUMENT.matcher(body).results().map(match -> match.group(1)).distinct().count() == 57);
		this.busy = this.subjects.findByKey(SubjectKey.uscc(busyCode)).orElseThrow().id().value();
		SystemActor.runAs("test", () -> {
			for (int i = 0; i < 45; i++) {
				this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "翡翠湾第" + i + "商贸有限公司",
						SubjectKey.uscc(CheckCharacters.uscc("91440101MA5FC" + (100 + i)))), "test");
			}
		});
	}

	@Test
	void theDoublePublicityListingSaysHowManyAndLeadsThroughEveryItemOnceForwardAndBack() throws Exception {
		String first = page("/portal/publications?category=XZCF");
		assertThat(first).contains("共 57 条，第 1/3 页").doesNotContain("rel=\"prev\"");
		List<String> forward = new ArrayList<>(documents(first));
		String second = page(link(NEXT, first));
		assertThat(second).contains("共 57 条，第 2/3 页");
		forward.addAll(documents(second));
		String third = page(link(NEXT, second));
		assertThat(third).contains("共 57 条，第 3/3 页").doesNotContain("rel=\"next\"");
		forward.addAll(documents(third));
		assertThat(forward).hasSize(57).doesNotHaveDuplicates();

		// back by cursor, and by page number, to the same items
		String back = page(link(PREVIOUS, third));
		assertThat(back).contains("共 57 条，第 2/3 页");
		assertThat(documents(back)).isEqualTo(documents(second));
		assertThat(documents(page(link(PREVIOUS, back)))).isEqualTo(documents(first));
		assertThat(documents(page("/portal/publications?category=XZCF&page=3"))).isEqualTo(documents(third));
		assertThat(third).contains("href=\"/portal/publications?category=XZCF\"")
			.contains("aria-current=\"page\">3</span>");
		// a page past the end shows the last
		assertThat(page("/portal/publications?category=XZCF&page=99")).contains("第 3/3 页");
	}

	@Test
	void aFilterCountsOnlyWhatItFinds() throws Exception {
		String today = LocalDate.now().toString();
		assertThat(page("/portal/publications?category=XZCF&department=" + Filing.PROVIDER + "&from=" + today))
			.contains("共 57 条，第 1/3 页");
		assertThat(page("/portal/publications?category=XZXK")).contains("暂无符合条件的公示信息").doesNotContain("共 0 条");
	}

	@Test
	void aListSaysHowManyItHoldsAndWhatASearchOfItFinds() throws Exception {
		List<Map<String, String>> listings = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			listings.add(aSeriousDiscreditListing()
				.of("广州名单分页第" + i + "装饰有限公司", CheckCharacters.uscc("91440101MA5MD" + (100 + i)))
				.by("广州市市场监督管理局")
				.listedOn(LocalDate.now().minusDays(3))
				.row());
		}
		SystemActor.runAs("test", () -> this.ingestion.submitRows(Filing.PROVIDER, "YZSX", listings, Channel.API));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.lists.publicCount(ListKind.SEVERE_DISHONESTY) == 23);

		String first = page("/portal/lists/severe-dishonesty");
		assertThat(first).contains("共 23 条，第 1/2 页");
		String second = page(link(NEXT, first));
		assertThat(second).contains("共 23 条，第 2/2 页");
		assertThat(Pattern.compile("id=\"entry-").matcher(second).results().count()).isEqualTo(3);
		assertThat(page("/portal/lists/severe-dishonesty?q=" + encode("名单分页第1"))).contains("共 11 条，第 1/1 页");
	}

	@Test
	void searchResultsAreCountedAndPagedBeyondTheFirstTwenty() throws Exception {
		String first = page("/portal/search?q=" + encode("翡翠湾"));
		assertThat(first).contains("45 个主体").contains("共 45 条，第 1/3 页");
		Set<String> names = new LinkedHashSet<>(names(first));
		String second = page(link(NEXT, first));
		assertThat(second).contains("共 45 条，第 2/3 页");
		names.addAll(names(second));
		String third = page(link(NEXT, second));
		assertThat(third).contains("共 45 条，第 3/3 页");
		assertThat(names(third)).hasSize(5);
		names.addAll(names(third));
		assertThat(names).hasSize(45);
		assertThat(names(page(link(PREVIOUS, third)))).isEqualTo(names(second));
		assertThat(page("/portal/search?q=" + encode("翡翠湾") + "&page=40")).contains("共 45 条，第 3/3 页");
	}

	@Test
	void aSubjectsTabsCarryTheirCountsAndATabPagesItsItems() throws Exception {
		String page = page("/portal/subjects/" + this.busy);
		assertThat(page).contains("id=\"count-xzcf\"").contains(">(12)</span>").contains("id=\"count-xzxk\"");
		assertThat(badge(page, "xzcf")).isEqualTo("(12)");
		assertThat(badge(page, "xzxk")).isEqualTo("(0)");
		assertThat(page).doesNotContain("id=\"count-jbxx\"");

		String penalties = page("/portal/subjects/" + this.busy + "?tab=xzcf");
		assertThat(penalties).contains("共 12 条，第 1/2 页");
		assertThat(documents(penalties)).hasSize(10);
		String more = page(link(NEXT, penalties));
		assertThat(more).contains("共 12 条，第 2/2 页");
		assertThat(documents(more)).hasSize(2).doesNotContainAnyElementsOf(documents(penalties));
		// the htmx panel counts too
		assertThat(page("/portal/subjects/" + this.busy + "/tabs/xzcf?page=2")).contains("共 12 条，第 2/2 页")
			.contains(">(12)</span>");
	}

	@Test
	void theHomePageShowsTheDoublePublicityFigures() throws Exception {
		String home = page("/");
		assertThat(figure(home, "figure-penalties")).isEqualTo("57");
		assertThat(figure(home, "figure-penalties-month")).isEqualTo("57");
		assertThat(figure(home, "figure-licenses")).isEqualTo("0");
		assertThat(home).contains("公示信息最多的部门").contains("<td data-label=\"部门\">广州市市场监督管理局</td>");
		assertThat(home).contains("可输入：主体名称").contains("拼音首字母").contains("统一社会信用代码");
	}

	@Test
	void thePinyinSearchSaysSoWhileNamesAreStillBeingIndexed() throws Exception {
		List<Subjects.Claim> claims = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			claims.add(
					new Subjects.Claim(SubjectKey.uscc(CheckCharacters.uscc("91440103MA5Q" + String.format("%04d", i))),
							SubjectType.ENTERPRISE, "鹭岛批量第" + i + "号贸易有限公司"));
		}
		SystemActor.runAs("test", () -> this.subjects.resolveAll(claims, "bulk-test"));
		try {
			String pending = page("/portal/search?q=ludaopiliang");
			assertThat(pending).contains("拼音检索正在建立索引，尚有 <span>1,000</span> 个主体待处理")
				.contains("可先用中文名称或统一社会信用代码查询")
				.doesNotContain("没有找到相符的主体");
			assertThat(page("/portal/search?q=" + encode("批量第7号贸易"))).contains("名称检索正在建立索引");
			// the name's beginning and the code find them at once
			assertThat(page("/portal/search?q=" + encode("鹭岛批量第7号"))).contains("鹭岛批量第7号贸易有限公司");
		}
		finally {
			this.subjects.indexPendingNames();
		}
		assertThat(page("/portal/search?q=ludaopiliang")).contains("鹭岛批量第").doesNotContain("正在建立索引");
		assertThat(page("/portal/search?q=zzzzqqqq")).contains("没有找到相符的主体");
	}

	private String page(String path) throws Exception {
		// links come from the pages: entity-escaped, already percent-encoded
		return this.mvc.perform(get(URI.create(HtmlUtils.htmlUnescape(path))).with(request -> {
			request.setRemoteAddr("10.2.2.2");
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String link(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("the page links on: %s", pattern).isTrue();
		return matcher.group(1);
	}

	private static List<String> documents(String page) {
		return DOCUMENT.matcher(page).results().map(match -> match.group(1)).distinct().toList();
	}

	private static List<String> names(String page) {
		return Pattern.compile("class=\"subject-link\" href=\"[^\"]+\">([^<]+)</a>")
			.matcher(page)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

	private static String badge(String page, String slug) {
		Matcher matcher = Pattern.compile("id=\"count-" + slug + "\"[^>]*>([^<]+)</span>").matcher(page);
		assertThat(matcher.find()).as("badge of %s", slug).isTrue();
		return matcher.group(1);
	}

	private static String figure(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(page);
		assertThat(matcher.find()).as("figure %s", id).isTrue();
		return matcher.group(1);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
