package io.gongxin.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.IntPredicate;

import io.gongxin.platform.PdfGlyphs;
import io.gongxin.report.ReportType;
import io.gongxin.report.internal.ReportContent.CheckFinding;
import io.gongxin.report.internal.ReportContent.DomainFinding;
import io.gongxin.report.internal.ReportContent.Entry;
import io.gongxin.report.internal.ReportContent.FactSource;
import io.gongxin.report.internal.ReportContent.Section;

/**
 * Writes a report as XHTML for openhtmltopdf and the browser. Built by hand rather than
 * with a template engine: the output must be well-formed XML, and generation is on the
 * hot path of the 20 reports/s target.
 */
public final class ReportHtml {

	private static final String FONT = PdfGlyphs.FONT;

	private static final String BODY_FONT = " body { font-family: '" + FONT + "';";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	private static final String NONE = "查询期内无相关信息";

	private final PdfGlyphs glyphs;

	private final ZoneId zone;

	/**
	 * @param mainFont whether Noto Sans SC can draw a code point
	 * @param fallbackFont whether the fallback font can draw a code point
	 */
	public ReportHtml(IntPredicate mainFont, IntPredicate fallbackFont, ZoneId zone) {
		this.glyphs = new PdfGlyphs(mainFont, fallbackFont);
		this.zone = zone;
	}

	public String render(ReportContent c) {
		StringBuilder h = new StringBuilder(16_384);
		h.append(
				"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
			.append(esc(c.type().label()))
			.append("</title><style>")
			.append(css(c))
			.append("</style></head><body>");
		h.append("<div class=\"watermark\">").append(esc(watermark(c))).append("</div>");
		cover(h, c);
		notes(h, c);
		overview(h, c);
		if (c.type() == ReportType.NO_VIOLATION) {
			findings(h, c);
		}
		else {
			int n = 1;
			for (Section section : c.sections()) {
				section(h, section, n++, c.type() == ReportType.PUBLIC);
			}
		}
		h.append("<p class=\"end\">— 报告结束 —</p></body></html>");
		String html = h.toString();
		// font fallback makes openhtmltopdf check every character against both fonts,
		// which costs a tenth of the render: only reports that need it name the fallback
		return this.glyphs.needsFallback(html)
				? html.replace(BODY_FONT, " body { font-family: " + this.glyphs.fontFamily(html) + ";") : html;
	}

	private String css(ReportContent c) {
		return "@page { size: A4; margin: 22mm 18mm 24mm 18mm;" + " @top-right { content: '报告编号：" + cssText(c.number())
				+ "'; font-family: '" + FONT + "'; font-size: 8pt; color: #666; }" + " @bottom-left { content: '"
				+ cssText(watermark(c)) + "'; font-family: '" + FONT + "'; font-size: 7pt; color: #888; }"
				+ " @bottom-right { content: '第 ' counter(page) ' 页 / 共 ' counter(pages) ' 页'; font-family: '" + FONT
				+ "'; font-size: 8pt; color: #444; } }" + BODY_FONT
				+ " font-size: 10pt; line-height: 1.5; color: #111; }"
				+ " h1 { font-size: 22pt; text-align: center; margin-top: 40mm; font-weight: bold; }"
				+ " h2 { font-size: 13pt; font-weight: bold; border-bottom: 1px solid #999; margin-top: 8mm; }"
				+ " table { width: 100%; border-collapse: collapse; margin: 2mm 0; -fs-table-paginate: paginate; }"
				+ " th, td { border: 1px solid #999; padding: 1.5mm; vertical-align: top; font-size: 9pt; }"
				+ " th { background: #f0f0f0; font-weight: bold; text-align: left; }"
				+ " tr { page-break-inside: avoid; }" + " .cover { page-break-after: always; text-align: center; }"
				+ " .cover table { width: 70%; margin: 10mm auto; } .cover td { text-align: left; }"
				+ " .qr { width: 35mm; height: 35mm; }"
				+ " .watermark { position: fixed; top: 120mm; left: 0; width: 100%; text-align: center; color: #eeeeee;"
				+ " font-size: 16pt; transform: rotate(-30deg); }" + PdfGlyphs.MISSING_GLYPH_CSS
				+ " .source { font-size: 7.5pt; color: #555; }"
				+ " .note { margin: 1mm 0 1mm 0; } .found { color: #a00; font-weight: bold; } .end { text-align: center; margin-top: 8mm; color: #666; }";
	}

	private String watermark(ReportContent c) {
		return "报告编号 " + c.number() + "  出具时间 " + time(c.issuedAt()) + "  数据截止 " + time(c.cutoffAt());
	}

	private void cover(StringBuilder h, ReportContent c) {
		h.append("<div class=\"cover\"><h1>").append(esc(c.type().label())).append("</h1><table>");
		row(h, c.type() == ReportType.PERSON ? "姓名" : "主体名称", c.subject().name());
		row(h, c.type() == ReportType.PERSON ? "身份证件号码" : "统一社会信用代码", c.subject().key());
		row(h, "报告编号", c.number());
		row(h, "出具时间", time(c.issuedAt()));
		row(h, "数据截止时间", time(c.cutoffAt()));
		row(h, "出具单位", "公信公共信用信息平台");
		h.append("</table>");
		if (c.qrDataUri() != null) {
			h.append("<p><img class=\"qr\" alt=\"核验二维码\" src=\"").append(c.qrDataUri()).append("\"/></p>");
		}
		h.append("<p>扫描二维码或访问 ").append(esc(c.verifyUrl())).append(" 核验本报告真伪</p></div>");
	}

	private void notes(StringBuilder h, ReportContent c) {
		// numbered by hand: openhtmltopdf draws list markers in a base-14 font that is
		// not embedded
		boolean certificate = c.type() == ReportType.NO_VIOLATION;
		String[] notes = { certificate
				? "本报告依据公共信用信息目录归集的信息生成，查询期间内作出的行政处罚（含简易程序作出的行政处罚）等记录，无论是否在公示期内，均作为查询依据，不对信息内容作编辑或修改，不进行评分或等级评定。"
				: "本报告依据公共信用信息目录归集的信息生成，客观反映数据截止时间在公示期内的公共信用信息，不对信息内容作编辑或修改，不进行评分或等级评定。",
				certificate ? "已撤销或已更正的信息不作为查询依据。" : "已完成信用修复、已撤销、已更正或公示期满的信息不在本报告中展示。",
				"本报告仅反映数据截止时间的状况。报告使用方应通过二维码或报告编号核验报告真伪，并查看主体公共信用信息自出具后是否发生变化。", "本报告附有电子签名，任何改动都将使签名失效。",
				"申请方式：" + c.channel() + "。", "对报告内容有异议的，可通过信用信息异议申诉渠道提出；对行政处罚信息可依规申请信用修复。" };
		if (c.type() == ReportType.PUBLIC) {
			notes = publicNotes(c);
		}
		h.append("<h2>报告说明</h2>");
		for (int i = 0; i < notes.length; i++) {
			h.append("<p class=\"note\">").append(i + 1).append(". ").append(esc(notes[i])).append("</p>");
		}
	}

	/** The 公示版 says what it leaves out and where the full report is to be had. */
	private static String[] publicNotes(ReportContent c) {
		return new String[] {
				"本报告为公示版，依据公共信用信息目录生成，仅包含数据截止时间处于公示期内、依法主动公开的公共信用信息，与本平台信用门户公示的内容一致；不含依申请公开、授权查询的信息，不对信息内容作编辑或修改，不进行评分或等级评定。",
				"已完成信用修复、已撤销、已更正、公示期满以及依规不予公示的信息不在本报告中展示。",
				"本报告仅反映数据截止时间的状况。报告使用方应通过二维码或报告编号核验报告真伪，并查看主体公共信用信息自出具后是否发生变化。", "本报告附有电子签名，任何改动都将使签名失效。",
				"申请方式：" + c.channel() + "。本报告免费提供，供社会公众了解参考；需要更完整信息的，可由主体向信用工作机构申请出具法人和非法人组织公共信用信息报告。",
				"对报告内容有异议的，可通过信用信息异议申诉渠道提出；对行政处罚信息可依规申请信用修复。" };
	}

	private void overview(StringBuilder h, ReportContent c) {
		h.append("<h2>概述</h2><h3>基础信息</h3><table>");
		var s = c.subject();
		row(h, c.type() == ReportType.PERSON ? "姓名" : "名称", s.name());
		row(h, c.type() == ReportType.PERSON ? "身份证件号码" : "统一社会信用代码", s.key());
		if (c.type() != ReportType.PERSON) {
			row(h, "主体类型", s.typeLabel());
			fact(h, s.representativeTitle(), s.legalRepresentative(), s.representativeSource());
			fact(h, "登记状态", s.status(), s.statusSource());
			fact(h, "成立日期", (s.registeredOn() != null) ? s.registeredOn().format(DAY) : null, s.registeredOnSource());
			fact(h, "住所", s.address(), s.addressSource());
			row(h, "登记机关", s.registeringAuthority());
		}
		h.append("</table>");
		if (c.type() == ReportType.NO_VIOLATION) {
			h.append("<h3>查询范围</h3><table>");
			row(h, "查询期间", c.periodFrom().format(DAY) + " 至 " + c.periodTo().format(DAY));
			row(h, "查询领域", String.join("、", c.findings().stream().map(DomainFinding::domainName).toList()));
			h.append("</table>");
			return;
		}
		h.append("<h3>公共信用信息概要</h3><table><tr><th>信息类别</th><th>条数</th></tr>");
		for (Section section : c.sections()) {
			h.append("<tr><td>")
				.append(esc(section.name()))
				.append("</td><td>")
				.append(section.entries().size())
				.append("条</td></tr>");
		}
		h.append("</table>");
	}

	private void section(StringBuilder h, Section section, int n, boolean publicVersion) {
		h.append("<h2>").append(n).append("、").append(esc(section.name())).append("</h2>");
		if (section.entries().isEmpty()) {
			h.append("<p>").append(NONE).append("</p>");
			return;
		}
		h.append("<table><tr><th>决定文书号</th><th>决定日期</th><th>决定机关</th><th>内容</th><th>信息来源</th></tr>");
		for (Entry e : section.entries()) {
			h.append("<tr><td>")
				.append(esc(e.documentNumber()))
				.append("</td><td>")
				.append(day(e.decisionDate()))
				.append("</td><td>")
				.append(esc(e.authority()))
				.append("</td><td>")
				.append(esc(e.summary()))
				.append(e.objected() ? "<br/><b>（异议处理中）</b>" : "")
				.append("</td><td>")
				.append(esc(publicVersion ? source(e)
						: "数据提供单位 " + e.providerCode() + "；目录版本 " + e.catalogVersion() + "；批次 "
								+ e.batch().substring(0, 8) + "；公示至 "
								+ ((e.publicUntil() != null) ? e.publicUntil().toString() : "长期")))
				.append("</td></tr>");
		}
		h.append("</table>");
	}

	/**
	 * The source as the public reads it: the department by name, and how long it is
	 * shown.
	 */
	private static String source(Entry e) {
		return "数据来源单位 " + ((e.providerName() != null) ? e.providerName() : e.providerCode()) + "；公示截止 "
				+ ((e.publicUntil() != null) ? e.publicUntil().format(DAY) : "长期");
	}

	private void findings(StringBuilder h, ReportContent c) {
		String period = c.periodFrom().format(DAY) + "至" + c.periodTo().format(DAY);
		int n = 1;
		for (DomainFinding finding : c.findings()) {
			h.append("<h2>").append(n++).append("、").append(esc(finding.domainName())).append("领域</h2>");
			h.append("<table><tr><th>查询事项</th><th>查询结果</th></tr>");
			for (CheckFinding check : finding.checks()) {
				h.append("<tr><td>").append(esc(check.checkName())).append("</td><td>");
				if (!check.collected()) {
					h.append("本平台未归集该类信息，本项不作证明");
				}
				else if (check.documents().isEmpty()) {
					h.append("无");
				}
				else {
					h.append("<span class=\"found\">有（")
						.append(check.documents().size())
						.append("条：")
						.append(esc(String.join("；", check.documents())))
						.append("）</span>");
				}
				h.append("</td></tr>");
			}
			h.append("</table><p>");
			String collected = String.join("、",
					finding.checks().stream().filter(CheckFinding::collected).map(CheckFinding::checkName).toList());
			if (finding.clean()) {
				h.append(esc("经查询，" + c.subject().name() + "于" + period + "期间，在" + finding.domainName() + "领域未发现"
						+ collected + "记录。"));
			}
			else {
				h.append(esc(
						"经查询，" + c.subject().name() + "于" + period + "期间，在" + finding.domainName() + "领域存在上表所列记录。"));
			}
			h.append("</p>");
		}
	}

	/** A basic fact with the record it was read from, if a record states it. */
	private void fact(StringBuilder h, String label, String value, FactSource source) {
		if (source == null || value == null) {
			row(h, label, value);
			return;
		}
		h.append("<tr><th>")
			.append(esc(label))
			.append("</th><td>")
			.append(esc(value))
			.append("<br/><span class=\"source\">")
			.append(esc("来源：" + source.category() + "，" + source.provider()
					+ ((source.documentNumber() != null) ? "，文书号 " + source.documentNumber() : "") + "，信息日期 "
					+ source.asOf().format(DAY)))
			.append("</span></td></tr>");
	}

	private void row(StringBuilder h, String label, String value) {
		h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
	}

	private String time(Instant instant) {
		return TIME.format(instant.atZone(this.zone));
	}

	private static String day(LocalDate day) {
		return (day != null) ? day.toString() : "— —";
	}

	/**
	 * Escapes text for XHTML with the renderer's missing-glyph marker; blank is a dash.
	 */
	String esc(String text) {
		return (text == null || text.isBlank()) ? "— —" : this.glyphs.escape(text);
	}

	private static String cssText(String text) {
		return text.replace("\\", "").replace("'", "");
	}

}
