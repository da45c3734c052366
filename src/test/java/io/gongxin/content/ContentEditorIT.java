package io.gongxin.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gongxin.audit.AuditLog;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor as an officer uses it and the portal as the public reads it: a draft,
 * previewed, published, changed, withdrawn; refused forms with their mistakes next to the
 * fields; who may edit.
 */
@GongxinIntegrationTest
class ContentEditorIT {

	private static final Pattern EDIT = Pattern.compile("/content/(\\d+)/edit");

	private static final String BODY = """
			各数据提供单位：

			## 报送时限
			- 决定作出之日起 7 个工作日内
			- 问题数据 5 个工作日内更正

			详见[信用中国](https://www.creditchina.gov.cn/)。<script>alert('x')</script>
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	Articles articles;

	String officer;

	@BeforeEach
	void keys() {
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void anOfficerWritesPreviewsPublishesChangesAndWithdrawsANotice() throws Exception {
		Instant started = this.clock.instant();
		assertThat(page(get("/content/new").param("column", "NOTICE"))).contains("新建文章")
			.contains("<option value=\"NOTICE\" selected=\"selected\">通知公告</option>");
		// looked at before it is saved: rendered, nothing stored
		String looked = page(form(post("/content"), "关于报送双公示信息的通知").param("action", "preview"));
		assertThat(looked).contains("预览（尚未保存）")
			.contains("<h2>报送时限</h2>")
			.contains("<li>决定作出之日起 7 个工作日内</li>")
			.contains("<a href=\"https://www.creditchina.gov.cn/\" rel=\"noopener noreferrer\">信用中国</a>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert")
			.contains("value=\"关于报送双公示信息的通知\"");
		long id = saved(form(post("/content"), "关于报送双公示信息的通知"));

		// a draft: the editor previews it, the public does not see it
		assertThat(page(get("/content/{id}/preview", id))).contains("公众看不到本页").contains("<h2>报送时限</h2>");
		assertThat(publicPage(id, status().isNotFound())).contains("该文章不存在或已撤回");

		String edit = page(get("/content/{id}/edit", id));
		assertThat(edit).contains("data-confirm=\"确定发布《关于报送双公示信息的通知》？发布后公众即可在门户看到。\"");
		this.mvc.perform(post("/content/{id}/publication", id).header("X-API-Key", this.officer))
			.andExpect(status().is3xxRedirection());

		String published = publicPage(id, status().isOk());
		assertThat(published).contains("<h1 class=\"article-title\">关于报送双公示信息的通知</h1>")
			// breadcrumbs: 首页 › 通知公告 › the title
			.containsPattern(
					"<nav class=\"breadcrumbs\"[^>]*>\\s*<a href=\"/\">首页</a>\\s*<span aria-hidden=\"true\">›</span>"
							+ "\\s*<a href=\"/portal/articles\\?column=NOTICE\">通知公告</a>\\s*<span aria-hidden=\"true\">›</span>"
							+ "\\s*<span aria-current=\"page\">关于报送双公示信息的通知</span>")
			.contains("发布日期：<time datetime=\"" + LocalDate.now(this.clock) + "\"")
			.contains("公信市信用办")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert")
			.doesNotContain("本文于");
		assertThat(anonymous("/portal/articles?column=NOTICE")).contains("关于报送双公示信息的通知")
			.contains("置顶")
			.containsPattern("共 \\d+ 条，第 1/1 页");
		assertThat(anonymous("/")).contains("id=\"latest-articles\"").contains("关于报送双公示信息的通知");
		this.mvc.perform(get("/api/public/articles").param("column", "NOTICE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].title").value("关于报送双公示信息的通知"))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].columnName").value("通知公告"));

		// changed after publication: the public page shows the change at once and says so
		String reopened = page(get("/content/{id}/edit", id));
		assertThat(reopened).contains("name=\"revision\" value=\"2\"");
		this.mvc
			.perform(form(post("/content/{id}", id), "关于按时报送双公示信息的通知").param("revision", "2").param("action", "save"))
			.andExpect(status().is3xxRedirection());
		assertThat(publicPage(id, status().isOk())).contains("关于按时报送双公示信息的通知").contains("本文于");
		// a form filled before that change is not saved over it
		String stale = this.mvc.perform(form(post("/content/{id}", id), "旧标题").param("revision", "2"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(stale).contains("现为第 3 版").contains("value=\"旧标题\"").contains("name=\"revision\" value=\"3\"");

		assertThat(page(get("/content/{id}/edit", id))).contains("确定撤回《关于按时报送双公示信息的通知》");
		this.mvc
			.perform(
					post("/content/{id}/withdrawal", id).header("X-API-Key", this.officer).param("reason", "内容已合并到新通知"))
			.andExpect(status().is3xxRedirection());
		String gone = publicPage(id, status().isNotFound());
		assertThat(gone).contains("页面不存在").contains("该文章不存在或已撤回").doesNotContain("关于按时报送");
		assertThat(anonymous("/portal/articles?column=NOTICE")).doesNotContain("关于按时报送");
		this.mvc.perform(get("/api/public/articles/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-CNT-003"));
		// withdrawn stays withdrawn: no more changes, no second publication
		this.mvc.perform(form(post("/content/{id}", id), "再改").param("revision", "4")).andExpect(status().isConflict());

		// every change is kept, each version can be read again, and audited
		String history = page(get("/content/{id}/edit", id));
		assertThat(history).contains("第 4 版").contains("撤回（内容已合并到新通知）").contains("发布").contains("新建");
		assertThat(page(get("/content/{id}/revisions/1", id))).contains("关于报送双公示信息的通知").contains("预览：第 1 版（草稿）");
		assertThat(this.audit.search(null, "content.article.withdraw", null, started, null, Long.MAX_VALUE, 50))
			.anySatisfy(event -> assertThat(event.targetId()).isEqualTo(String.valueOf(id)));
		assertThat(this.audit.search(null, "content.article.edit", null, started, null, Long.MAX_VALUE, 50))
			.anySatisfy(event -> assertThat(event.targetId()).isEqualTo(String.valueOf(id)));
	}

	@Test
	void aRefusedFormComesBackAsSentWithEachMistakeInChineseNextToItsField() throws Exception {
		String refused = this.mvc
			.perform(post("/content").header("X-API-Key", this.officer)
				.param("column", "POLICY")
				.param("title", "")
				.param("source", "市信用办")
				.param("summary", "长".repeat(301))
				.param("body", "正文见[这里](javascript:alert(1))")
				.param("publishDate", "2026-02-30")
				.param("pinned", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("有 5 处需要修改")
			.contains("id=\"title-error\"")
			.contains("请填写标题")
			.contains("id=\"summary-error\"")
			.contains("摘要不超过 300 个字")
			.contains("id=\"body-error\"")
			.contains("链接“这里”的地址须是以 http:// 或 https:// 开头的完整网址")
			.contains("id=\"pinned-error\"")
			.contains("只有通知公告可以置顶")
			.contains("id=\"publishDate-error\"")
			.contains("value=\"市信用办\"")
			.contains(">正文见[这里](javascript:alert(1))</textarea>")
			.contains("<option value=\"POLICY\" selected=\"selected\">政策法规</option>")
			.doesNotContain("id=\"source-error\"");
		String future = this.mvc
			.perform(form(post("/content"), "将来的通知").param("publishDate",
					LocalDate.now(this.clock).plusDays(3).toString()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(future).contains("id=\"publishDate-error\"").contains("发布日期不能晚于今天");
		assertThat(page(get("/content").param("column", "POLICY"))).doesNotContain("将来的通知");
	}

	@Test
	void listingsArePagedWithTheirTotalPinnedNoticesFirstThenNewest() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		SystemActor.runAs("test", () -> {
			for (int i = 1; i <= 23; i++) {
				publish(new ArticleDraft(Column.POLICY, "政策文件第" + i + "号", null, "正文", "市信用办", null,
						today.minusDays(30 - i), false));
			}
			publish(new ArticleDraft(Column.NOTICE, "置顶的旧公告", null, "正文", "市信用办", null, today.minusDays(100), true));
			publish(new ArticleDraft(Column.NOTICE, "最新的公告", null, "正文", "市信用办", null, today, false));
		});
		String first = anonymous("/portal/articles?column=POLICY");
		assertThat(first).contains("共 23 条，第 1/2 页").contains("政策文件第23号").doesNotContain("政策文件第3号<");
		assertThat(first.indexOf("政策文件第23号")).isLessThan(first.indexOf("政策文件第22号"));
		String second = anonymous("/portal/articles?column=POLICY&page=2");
		assertThat(second).contains("共 23 条，第 2/2 页").contains("政策文件第3号").contains("政策文件第1号");
		assertThat(anonymous("/portal/articles?column=POLICY&page=99")).contains("第 2/2 页");
		String notices = anonymous("/portal/articles?column=NOTICE");
		assertThat(notices.indexOf("置顶的旧公告")).isLessThan(notices.indexOf("最新的公告"));
		String all = anonymous("/portal/articles");
		assertThat(all).contains("共 25 条，第 1/2 页");
		assertThat(all.indexOf("置顶的旧公告")).isLessThan(all.indexOf("最新的公告"));
		// the home page: five of each column
		String home = anonymous("/");
		assertThat(home).contains("政策文件第23号").contains("政策文件第19号").doesNotContain("政策文件第18号<");
		this.mvc.perform(get("/api/public/articles").param("column", "POLICY").param("page", "2"))
			.andExpect(jsonPath("$.total").value(23))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.items.length()").value(3));
		assertThat(page(get("/content").param("column", "POLICY"))).contains("共 23 条，第 1/2 页");
		// a column there is not: a Chinese page, not an error of the platform
		assertThat(this.mvc.perform(get("/portal/articles").param("column", "SPORTS").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("没有该栏目");
	}

	@Test
	void onlyOfficersAndAdministratorsEdit() throws Exception {
		SystemActor.runAs("test", () -> this.providers.register(
				new Provider("GZ-CONTENT", "广州市内容测试局", CheckCharacters.uscc("11440100MB2C0NT1"), "440100", true, 0)));
		String clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-CONTENT");
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc.perform(get("/content").header("X-API-Key", clerk)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/content").header("X-API-Key", clerk)
				.param("column", "NEWS")
				.param("title", "部门自己发的")
				.param("source", "广州市内容测试局")
				.param("body", "正文"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/content"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		this.mvc.perform(get("/content").header("X-API-Key", admin)).andExpect(status().isOk());
		assertThat(page(get("/content"))).contains("内容管理");
	}

	private void publish(ArticleDraft draft) {
		this.articles.publish(this.articles.create(draft).id());
	}

	/** A filled form as the officer sends it. */
	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
		return request.header("X-API-Key", this.officer)
			.param("column", "NOTICE")
			.param("title", title)
			.param("source", "公信市信用办")
			.param("documentNumber", "公信信用办〔2026〕3号")
			.param("summary", "请按时报送。")
			.param("body", BODY)
			.param("pinned", "true");
	}

	private long saved(MockHttpServletRequestBuilder request) throws Exception {
		String location = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "草稿已保存。请预览核对，无误后发布。"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = EDIT.matcher(String.valueOf(location));
		assertThat(matcher.find()).as(location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String publicPage(long id, ResultMatcher expected) throws Exception {
		return this.mvc.perform(get("/portal/articles/{id}", id).accept(MediaType.TEXT_HTML))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String anonymous(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
