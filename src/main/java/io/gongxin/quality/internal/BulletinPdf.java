package io.gongxin.quality.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import io.gongxin.platform.PdfGlyphs;
import io.gongxin.platform.PdfRenderer;
import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.BulletinContent.Line;

/**
 * The bulletin as PDF, by the platform's renderer that also prints credit reports: the
 * fonts embedded, so the Chinese text shows in any viewer, and their text mapping
 * repaired, so provider names copy and search as the ideographs they are.
 */
public final class BulletinPdf {

	private BulletinPdf() {
	}

	/**
	 * @param generated when the figures were taken, in the configured zone with the zone
	 * named (as {@link io.gongxin.platform.Times} writes it)
	 */
	public static void write(PdfRenderer renderer, BulletinContent content, String commentary, String generated,
			OutputStream out) {
		try {
			out.write(renderer.render(html(renderer.glyphs(), content, commentary, generated)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a provider falls short of, in Chinese; empty when nothing. */
	public static String shortfall(Line line) {
		return line.shortfallText();
	}

	static String html(PdfGlyphs glyphs, BulletinContent content, String commentary, String generated) {
		StringBuilder html = new StringBuilder(
				"""
						<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><meta charset="UTF-8"/><style>
						@page { size: A4 landscape; margin: 14mm; }
						body { font-family: FONTS; font-size: 9pt; }
						h1 { font-size: 16pt; text-align: center; }
						h2 { font-size: 12pt; margin-top: 12pt; }
						table { border-collapse: collapse; width: 100%; }
						th, td { border: 1px solid #888; padding: 2pt 3pt; }
						th { background: #eee; font-weight: 700; }
						td.n { text-align: right; }
						MISSING
						</style></head><body>
						"""
					.replace("MISSING", PdfGlyphs.MISSING_GLYPH_CSS));
		html.append("<h1>数据归集质量通报（").append(glyphs.escape(content.label())).append("）</h1>");
		html.append("<p>目标：合规率≥")
			.append(content.complianceTarget())
			.append("%，及时率≥")
			.append(content.timelinessTarget())
			.append("%，零瞒报。环比对照期：")
			.append(glyphs.escape(content.previousLabel()))
			.append("。数据截取时间：")
			.append(glyphs.escape(generated))
			.append("。</p>");
		Line all = content.overall();
		html.append("<p>全市合计：首次报送 ")
			.append(all.received())
			.append(" 条，合规率 ")
			.append(pct(all.compliance()))
			.append("，及时率 ")
			.append(pct(all.timeliness()))
			.append("，迟报率 ")
			.append(pct(all.lateRate()))
			.append("。</p>");
		html.append("<h2>一、单位排名</h2><table><tr><th>排名</th><th>单位</th><th>首次报送</th><th>问题数据</th>"
				+ "<th>更正</th><th>合规率</th><th>环比</th><th>及时率</th><th>环比</th><th>迟报率</th><th>抽查瞒报</th>"
				+ "<th>疑似缺号</th><th>未达标项</th></tr>");
		for (Line line : content.ranking()) {
			html.append("<tr><td class=\"n\">")
				.append(line.rank())
				.append("</td><td>")
				.append(glyphs.escape(line.name()))
				.append("</td><td class=\"n\">")
				.append(line.received())
				.append("</td><td class=\"n\">")
				.append(line.rejected())
				.append("</td><td class=\"n\">")
				.append(line.corrected())
				.append("</td><td class=\"n\">")
				.append(pct(line.compliance()))
				.append("</td><td class=\"n\">")
				.append(points(line.complianceTrend()))
				.append("</td><td class=\"n\">")
				.append(pct(line.timeliness()))
				.append("</td><td class=\"n\">")
				.append(points(line.timelinessTrend()))
				.append("</td><td class=\"n\">")
				.append(pct(line.lateRate()))
				.append("</td><td class=\"n\">")
				.append(line.unreported())
				.append('/')
				.append(line.sampled())
				.append("</td><td class=\"n\">")
				.append(line.missingNumbers())
				.append("</td><td>")
				.append(glyphs.escape(shortfall(line)))
				.append("</td></tr>");
		}
		html.append("</table><h2>二、上报率</h2><table><tr><th>信息类别</th><th>应报单位</th><th>已报单位</th><th>上报率</th>"
				+ "<th>未报单位</th></tr>");
		for (BulletinContent.CoverageLine line : content.coverage()) {
			html.append("<tr><td>")
				.append(glyphs.escape(line.categoryText()))
				.append("</td><td class=\"n\">")
				.append(line.obliged())
				.append("</td><td class=\"n\">")
				.append(line.reporting())
				.append("</td><td class=\"n\">")
				.append(pct(line.rate()))
				.append("</td><td>")
				.append(glyphs.escape(line.silentText()))
				.append("</td></tr>");
		}
		html.append("</table><h2>三、主要问题</h2><table><tr><th>问题</th><th>次数</th><th>示例</th></tr>");
		for (BulletinContent.ReasonLine line : content.reasons()) {
			html.append("<tr><td>")
				.append(glyphs.escape(line.label()))
				.append("</td><td class=\"n\">")
				.append(line.count())
				.append("</td><td>")
				.append(glyphs.escape(String.join("；", line.examples())))
				.append("</td></tr>");
		}
		BulletinContent.DefectLine defects = content.defects();
		html.append("</table><h2>四、统一社会信用代码</h2><p>重错码率 ")
			.append(pct(defects.defectRate()))
			.append("，纠正率 ")
			.append(pct(defects.correctionRate()))
			.append("。</p>");
		html.append("<h2>五、通报意见</h2><p>")
			.append(glyphs.escape((commentary == null) ? "（草稿，未发布）" : commentary).replace("\n", "<br/>"))
			.append("</p></body></html>");
		String page = html.toString();
		return page.replace("font-family: FONTS;", "font-family: " + glyphs.fontFamily(page) + ";");
	}

	static String pct(BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString() + "%";
	}

	static String points(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return ((value.signum() > 0) ? "+" : "") + value.toPlainString();
	}

}
