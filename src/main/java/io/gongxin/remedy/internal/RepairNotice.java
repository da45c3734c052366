package io.gongxin.remedy.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.platform.PdfGlyphs;
import io.gongxin.platform.PdfRenderer;
import io.gongxin.platform.PublicAddress;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * The 信用修复告知书 served with a penalty or listing decision (两书同达, 国办发〔2025〕22号): how long
 * the information is published, from when and on which conditions repair may be asked,
 * with which materials, where, and how fast it is handled. Written from the record as the
 * credit file assessed it and from the deadlines in force.
 */
@Component
class RepairNotice {

	private final PdfRenderer renderer;

	private final Subjects subjects;

	private final PublicAddress address;

	private final RemedySettings settings;

	private final Clock clock;

	RepairNotice(PdfRenderer renderer, Subjects subjects, PublicAddress address, RemedySettings settings, Clock clock) {
		this.renderer = renderer;
		this.subjects = subjects;
		this.address = address;
		this.settings = settings;
		this.clock = clock;
	}

	byte[] pdf(CreditFileItem item) {
		return this.renderer.render(xhtml(item));
	}

	String xhtml(CreditFileItem item) {
		PdfGlyphs glyphs = this.renderer.glyphs();
		Publicity publicity = item.publicity();
		StringBuilder body = new StringBuilder();
		body.append("<h1>信用修复告知书</h1>");
		body.append("<p>").append(glyphs.escape(item.subjectName()));
		if (!item.subjectType().isPerson()) {
			this.subjects.find(item.subjectId())
				.map(Subject::currentKey)
				.ifPresent(key -> body.append("（统一社会信用代码：").append(glyphs.escape(key.value())).append("）"));
		}
		body.append("：</p>");
		body.append("<p>")
			.append(glyphs.escape(item.authority() != null ? item.authority() : "本机关"))
			.append("于")
			.append(LetterPage.day(item.decisionDate()))
			.append("对你（单位）作出决定（")
			.append(item.documentNumber().startsWith("#") ? "" : "文书号：" + glyphs.escape(item.documentNumber()) + "；")
			.append(glyphs.escape(item.summary()))
			.append("），该决定作为")
			.append(glyphs.escape(item.categoryName()))
			.append("归集至公共信用信息平台。根据《信用修复管理办法》（国家发展改革委令2025年第36号）和")
			.append("《关于进一步完善信用修复制度的实施方案》（国办发〔2025〕22号），现将该信息公示和信用修复有关事项告知如下：</p>");
		body.append("<h2>一、公示期限</h2><p>").append(period(publicity)).append("</p>");
		body.append("<h2>二、修复条件</h2><p>（一）已满最短公示期；（二）已纠正失信行为、履行法定义务；（三）作出公开信用承诺；")
			.append("（四）法律、行政法规和党中央、国务院政策文件规定的其他条件。</p>");
		body.append("<h2>三、申请材料</h2><p>（一）纠正失信行为、履行法定义务的证明材料（如罚款缴款凭证、整改报告）；（二）信用承诺书。")
			.append("能够通过部门系统核实的材料，无需重复提供。</p>");
		body.append("<h2>四、申请渠道</h2><p>登录公共信用信息平台“信用修复与异议”栏目在线申请（")
			.append(glyphs.escape(this.address.link("/my/remedies")))
			.append("），或到政务服务大厅信用修复窗口办理。信用修复不收取任何费用，请勿轻信任何收费“代办修复”。</p>");
		body.append("<h2>五、办理时限</h2><p>平台收到申请后")
			.append(this.settings.repairReview().workingDays())
			.append("个工作日内完成初审（一口受理）；初审通过后，由作出认定的单位在")
			.append(this.settings.repairDecision().workingDays())
			.append("个工作日内作出是否同意修复的决定，并书面告知申请人。</p>");
		body.append("<h2>六、异议申诉</h2><p>对公示的信息有异议的，可通过同一栏目或窗口提出异议申诉，并提供相关证据。</p>");
		body.append("<p class=\"sign\">")
			.append(glyphs.escape(item.authority() != null ? item.authority() : ""))
			.append("<br/>")
			.append(LetterPage.day(LocalDate.now(this.clock)))
			.append("</p>");
		return LetterPage.xhtml(glyphs, """
				h1 { font-size: 20pt; text-align: center; font-weight: 700; margin-bottom: 10mm; }
				h2 { font-size: 12pt; font-weight: 700; margin: 4mm 0 1mm 0; }
				p { margin: 1mm 0; }""", body.toString());
	}

	private static String period(Publicity publicity) {
		if (publicity.status() == PublicityStatus.NOT_PUBLISHED) {
			return "该信息依规不予公示。";
		}
		StringBuilder text = new StringBuilder("该信息");
		if (publicity.tier() != null) {
			text.append("属于").append(publicity.tier().label()).append("失信信息，");
		}
		text.append("自").append(LetterPage.day(publicity.start())).append("起公示，");
		text.append((publicity.until() != null) ? "公示至" + LetterPage.day(publicity.until()) + "，期满自动停止公示。"
				: "公示期限依相关规定确定。");
		text.append((publicity.repairableFrom() != null)
				? "最短公示期满，即自" + LetterPage.day(publicity.repairableFrom()) + "起，可以申请信用修复。" : "纠正失信行为、履行法定义务后即可申请信用修复。");
		return text.toString();
	}

}
