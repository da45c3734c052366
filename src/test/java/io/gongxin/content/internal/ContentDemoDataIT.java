package io.gongxin.content.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.gongxin.content.ArticleState;
import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.SystemActor;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's articles pass the editor's own rules and fill every column of the portal.
 */
@GongxinIntegrationTest
class ContentDemoDataIT {

	@Autowired
	ContentDemoData demo;

	@Autowired
	Articles articles;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoFillsEachColumnAndLeavesOneDraftUnpublished() throws Exception {
		SystemActor.runAs("demo", this.demo::contribute);
		assertThat(this.articles.countPublished(Column.POLICY, 100)).isEqualTo(3);
		assertThat(this.articles.countPublished(Column.NEWS, 100)).isEqualTo(2);
		assertThat(this.articles.countPublished(Column.NOTICE, 100)).isEqualTo(2);
		assertThat(this.articles.countDesk(null, ArticleState.DRAFT, 100)).isEqualTo(1);
		String home = this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("政策与公告")
			.contains("企业信息公示暂行条例")
			.contains("信用报告可扫码在线核验")
			.contains("关于按时报送行政许可和行政处罚“双公示”信息的通知")
			.doesNotContain("征求意见稿");
		long notice = this.articles.published(Column.NOTICE, 0, 1).get(0).id();
		String page = this.mvc.perform(get("/portal/articles/{id}", notice).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<h2>报送时限</h2>").doesNotContain("##");
	}

}
