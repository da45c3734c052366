package io.gongxin.remedy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.PdfGlyphs;
import io.gongxin.platform.PdfRenderer;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.Objection;
import io.gongxin.remedy.RepairApplication;
import io.gongxin.remedy.RepairState;

import org.springframework.stereotype.Component;

/**
 * The written replies a finished case ends with, as PDF: the 异议处理答复书 and the 信用修复决定书 (or
 * the refusal). A counter applicant takes them home; a portal applicant downloads them.
 */
@Component
class CaseLetters {

	private final PdfRenderer renderer;

	private final Clock clock;

	CaseLetters(PdfRenderer renderer, Clock clock) {
		this.renderer = renderer;
		this.clock = clock;
	}

	byte[] objectionReply(Objection objection) {
		if (!objection.state().finished()) {
			throw notYet(objection.reference());
		}
		PdfGlyphs g = this.renderer.glyphs();
		String body = "<h1>异议申请处理答复书</h1>" + "<p class=\"ref\">查询码：" + g.escape(objection.reference()) + "</p>" + "<p>"
				+ g.escape(objection.applicant().name()) + "：</p>" + "<p>你（单位）于"
				+ LetterPage.day(objection.filedAt().atZone(this.clock.getZone()).toLocalDate()) + "对"
				+ g.escape(objection.subjectName()) + "的" + g.escape(objection.categoryName()) + "（"
				+ g.escape(document(objection.documentNumber())) + "）提出的异议申请，经办理，结果如下：</p>" + "<p><b>"
				+ g.escape(objection.stateLabel()) + "</b></p>" + "<p>" + g.escape(objection.reply()) + "</p>"
				+ "<p>如对处理结果仍有异议，可依法申请行政复议或者提起行政诉讼。</p>" + sign();
		return this.renderer.render(page(g, body));
	}

	byte[] repairDecision(RepairApplication repair) {
		if (!repair.state().finished()) {
			throw notYet(repair.reference());
		}
		PdfGlyphs g = this.renderer.glyphs();
		String title = (repair.state() == RepairState.APPROVED) ? "信用修复决定书" : "信用修复申请办理结果告知书";
		String body = "<h1>" + title + "</h1>" + "<p class=\"ref\">查询码：" + g.escape(repair.reference()) + "</p>" + "<p>"
				+ g.escape(repair.applicant().name()) + "：</p>" + "<p>你（单位）于"
				+ LetterPage.day(repair.filedAt().atZone(this.clock.getZone()).toLocalDate()) + "就"
				+ g.escape(repair.subjectName()) + "的" + g
					.escape(repair.categoryName())
				+ "（" + g.escape(document(repair.documentNumber())) + "）提出的信用修复申请，经办理，结果如下：</p>" + "<p><b>"
				+ g.escape(repair.state().label()) + "</b></p>" + "<p>" + g.escape(repair.reply()) + "</p>"
				+ ((repair.state() == RepairState.APPROVED) ? "<p>该信息已停止公示，并停止共享和使用；相关失信惩戒措施依法解除。</p>"
						: "<p>符合条件后可重新申请。如对办理结果有异议，可依法申请行政复议或者提起行政诉讼。</p>")
				+ sign();
		return this.renderer.render(page(g, body));
	}

	private String sign() {
		return "<p class=\"sign\">公共信用信息平台<br/>" + LetterPage.day(LocalDate.now(this.clock)) + "</p>";
	}

	private static String page(PdfGlyphs glyphs, String body) {
		return LetterPage.xhtml(glyphs, """
				h1 { font-size: 20pt; text-align: center; font-weight: 700; margin-bottom: 4mm; }
				.ref { text-align: center; color: #555; margin-bottom: 8mm; }
				p { margin: 1.5mm 0; }""", body);
	}

	private static String document(String number) {
		return number.startsWith("#") ? "无文书号" : "文书号 " + number;
	}

	private static DomainException notYet(String reference) {
		return new DomainException("GX-REM-015", ProblemKind.CONFLICT, "The case is not finished yet.",
				Map.of("case", reference));
	}

}
