package io.gongxin.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTests {

	@Test
	void paragraphsAreSeparatedByBlankLinesAndKeepTheirLineBreaks() {
		assertThat(Markup.render("第一段第一行\n第一段第二行\n\n\n第二段")).isEqualTo("<p>第一段第一行<br>\n第一段第二行</p>\n<p>第二段</p>\n");
	}

	@Test
	void windowsLineEndingsAndIndentationMakeNoDifference() {
		assertThat(Markup.render("　　缩进的段落\r\n\r\n  第二段  ")).isEqualTo("<p>缩进的段落</p>\n<p>第二段</p>\n");
	}

	@Test
	void headingsAndListsBecomeTheirElementsEvenWithoutABlankLineAround() {
		String html = Markup.render("导语\n## 报送时限\n- 7 个工作日内\n- 问题数据 5 日内更正\n### 说明\n其余文字");
		assertThat(html).isEqualTo("<p>导语</p>\n<h2>报送时限</h2>\n<ul>\n<li>7 个工作日内</li>\n<li>问题数据 5 日内更正</li>\n"
				+ "</ul>\n<h3>说明</h3>\n<p>其余文字</p>\n");
	}

	@Test
	void aMarkerWithoutItsSpaceIsPlainText() {
		assertThat(Markup.render("##标题\n-1 度")).isEqualTo("<p>##标题<br>\n-1 度</p>\n");
	}

	@Test
	void webLinksBecomeLinksWithTheirTextEscaped() {
		assertThat(Markup.render("请登录[信用中国 <官网>](https://www.creditchina.gov.cn/?a=1&b=2)查询"))
			.isEqualTo("<p>请登录<a href=\"https://www.creditchina.gov.cn/?a=1&amp;b=2\" rel=\"noopener noreferrer\">"
					+ "信用中国 &lt;官网&gt;</a>查询</p>\n");
		assertThat(Markup.render("- [HTTP 地址](HTTP://example.gov.cn/x)"))
			.contains("<li><a href=\"HTTP://example.gov.cn/x\"");
	}

	@Test
	void onlyCompleteHttpAndHttpsAddressesAreLinked() {
		for (String address : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
				"vbscript:x", "//evil.example/x", "/portal/articles", "ftp://files.example/x", "https:x",
				"https://credit.gov.cn@evil.example/", "mailto:a@b.cn" }) {
			String html = Markup.render("[点这里](" + address + ")");
			assertThat(html).as(address).doesNotContain("<a ").startsWith("<p>[点这里](");
			assertThat(Markup.problem("正文 [点这里](" + address + ")")).as(address)
				.hasValueSatisfying(problem -> assertThat(problem).contains("点这里").contains("http://"));
		}
		assertThat(Markup.problem("[空格](https://a.example/有 空格)")).isPresent();
		assertThat(Markup.problem("见[信用中国](https://www.creditchina.gov.cn/)和[政府网](http://www.gov.cn)")).isEmpty();
		assertThat(Markup.problem("没有链接的正文 [注1] (略)")).isEmpty();
	}

	@Test
	void htmlTypedIntoTheTextIsShownAsTextNeverAsMarkup() {
		String html = Markup.render("""
				<script>alert('x')</script>
				## <img src=x onerror=alert(1)>
				- <a href="javascript:alert(1)">链接</a>
				&lt;已转义&gt; "引号" 'apostrophe'
				[x](https://a.example/"onmouseover="alert(1))
				[y](https://a.example/"onmouseover="y)
				""");
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<a href=\"javascript")
			.doesNotContain("\"onmouseover")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("<h2>&lt;img src=x onerror=alert(1)&gt;</h2>")
			.contains("&amp;lt;已转义&amp;gt; &quot;引号&quot;")
			// an address with a quote is no address: it stays text
			.contains("[x](https://a.example/&quot;onmouseover=&quot;alert(1))")
			.contains("[y](https://a.example/&quot;onmouseover=&quot;y)");
		// the only tags are those the markup makes
		assertThat(html.replaceAll("</?(p|br|h2|h3|ul|li)>", "")
			.replaceAll("<a href=\"[^\"]*\" rel=\"noopener noreferrer\">", "")
			.replace("</a>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void nothingRendersAsNothing() {
		assertThat(Markup.render(null)).isEmpty();
		assertThat(Markup.render(" \n\n ")).isEmpty();
	}

}
