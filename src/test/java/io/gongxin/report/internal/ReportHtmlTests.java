package io.gongxin.report.internal;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's XHTML names the fallback font only when a character needs it, and marks
 * what neither font has.
 */
class ReportHtmlTests {

	static final int IN_FALLBACK = 0x20021;

	static final int IN_NEITHER = 0x2A6D6;

	final ReportHtml html = new ReportHtml(cp -> cp != IN_FALLBACK && cp != IN_NEITHER, cp -> cp == IN_FALLBACK,
			ZoneId.of("Asia/Shanghai"));

	@Test
	void onlyAReportThatNeedsTheFallbackFontNamesIt() {
		assertThat(this.html.render(ReportPdfIT.organisation("广州普通有限公司"))).doesNotContain("Noto Sans HK");
		String rare = "广州" + new String(Character.toChars(IN_FALLBACK)) + "记有限公司";
		assertThat(this.html.render(ReportPdfIT.organisation(rare))).contains("'Noto Sans SC', 'Noto Sans HK'")
			.contains(rare);
		String missing = "广州" + new String(Character.toChars(IN_NEITHER)) + "有限公司";
		assertThat(this.html.render(ReportPdfIT.organisation(missing))).contains("[缺字 U+2A6D6]")
			.doesNotContain("Noto Sans HK");
	}

}
