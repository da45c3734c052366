package io.gongxin.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.commitment.TemplateDraft;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Three published templates (告知承诺 for a food business licence, a 主动型 commitment, a 证明事项
 * commitment kept out of the column) and commitments of demo companies: one in progress,
 * one kept, one broken (so a credit check warns about its company) and one past its
 * verification deadline (so the desk lists it).
 */
@Component
class CommitmentDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(CommitmentDemoData.class);

	private final CommitmentTemplates templates;

	private final Commitments commitments;

	private final Subjects subjects;

	private final WorkingDays workingDays;

	private final Clock clock;

	CommitmentDemoData(CommitmentTemplates templates, Commitments commitments, Subjects subjects,
			WorkingDays workingDays, Clock clock) {
		this.templates = templates;
		this.commitments = commitments;
		this.subjects = subjects;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "commitments";
	}

	@Override
	public int order() {
		// after the demo records (300), the enterprise user (350) and the remedies (400)
		return 450;
	}

	@Override
	public boolean transactional() {
		// the commitments' credit records are filed through the intake, which commits on
		// its own; signing again makes new numbers, so a rerun is harmless
		return false;
	}

	@Override
	public void contribute() {
		publish(new TemplateDraft("GZSCJG-SPJY-GZCN", "食品经营许可告知承诺书", CommitmentKind.APPROVAL_SUBSTITUTE, "GZ-SCJGJ",
				"申请事项", "本单位申请食品经营许可，已知晓告知的全部内容，所填写的信息真实、准确，符合告知的许可条件，愿意承担不实承诺的法律责任。",
				List.of("所提交的申请材料真实、有效", "经营场所、设施设备和人员符合食品经营许可条件", "在取得许可后按规定接受核查，核查发现与承诺不符的，依法承担责任",
						"同意将本承诺及履约情况向社会公开"),
				20, true, "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）；《食品经营许可和备案管理办法》", SeverityTier.GENERAL,
				null));
		publish(new TemplateDraft("GZFGW-ZDCN", "经营主体主动型信用承诺书", CommitmentKind.PROACTIVE, "GZ-FGW", "承诺事由",
				"本单位自愿向社会作出如下信用承诺，并接受社会监督。",
				List.of("遵守法律法规，诚信经营", "近三年内无重大违法违规行为", "自觉接受政府、行业组织、社会公众、新闻舆论的监督", "同意将本承诺向社会公开，违背承诺的，愿意承担相应责任"), 60,
				true, "《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）", SeverityTier.GENERAL, null));
		publish(new TemplateDraft("GZRSJ-ZMSX-SB", "社会保险缴费证明事项告知承诺书", CommitmentKind.CERTIFICATION, "GZ-RSJ", "证明事项",
				"本人（本单位）承诺已按规定参加社会保险并足额缴纳社会保险费，以承诺代替证明材料。", List.of("已按规定参加社会保险", "申请前连续缴纳社会保险费，无欠缴"), 30, false,
				"《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）", SeverityTier.GENERAL, null));
		// companies whose code passes the check (the demo register also holds irregular
		// codes on purpose, which the catalog's validation refuses)
		List<SubjectHit> companies = this.subjects.search("有限公司", io.gongxin.subject.Subjects.Audience.PUBLIC, 50)
			.stream()
			.filter(hit -> hit.type() == SubjectType.ENTERPRISE && validCode(hit))
			.toList();
		if (companies.size() < 4) {
			log.warn("Fewer than four demo companies in the register; no demo commitments signed");
			return;
		}
		try {
			sign(companies);
		}
		catch (io.gongxin.platform.DomainException ex) {
			// demo data never stops a start
			log.warn("Demo commitments not complete: {} {} {}", ex.code(), ex.getMessage(), ex.details());
		}
	}

	private boolean validCode(SubjectHit hit) {
		try {
			new io.gongxin.identifier.Uscc(this.subjects.get(hit.id()).currentKey().value());
			return true;
		}
		catch (io.gongxin.platform.DomainException ex) {
			return false;
		}
	}

	private void sign(List<SubjectHit> companies) {
		LocalDate today = LocalDate.now(this.clock);
		this.commitments.sign("GZFGW-ZDCN", companies.get(0).id(), "年度主动信用承诺", true, SigningChannel.PORTAL, today);
		Commitment kept = this.commitments.sign("GZSCJG-SPJY-GZCN", companies.get(1).id(), "食品经营许可（新办）", true,
				SigningChannel.DEPARTMENT, today);
		this.commitments.recordFinding(kept.number(), CommitmentState.FULFILLED, today, "现场核查记录 穗市监核〔2026〕示例1号",
				"经现场核查，经营场所和设施设备与承诺一致");
		Commitment broken = this.commitments.sign("GZSCJG-SPJY-GZCN", companies.get(2).id(), "食品经营许可（延续）", true,
				SigningChannel.DEPARTMENT, today);
		this.commitments.recordFinding(broken.number(), CommitmentState.BROKEN, today, "现场核查记录 穗市监核〔2026〕示例2号",
				"经现场核查，实际经营场所与承诺不符，未设置食品贮存专用设施");
		// signed long enough ago that its 20-working-day verification is past due
		LocalDate longAgo = this.workingDays.addWorkingDays(today, -25);
		this.commitments.sign("GZSCJG-SPJY-GZCN", companies.get(3).id(), "食品经营许可（新办）", true, SigningChannel.DEPARTMENT,
				longAgo);
	}

	private void publish(TemplateDraft draft) {
		var saved = this.templates.draft(draft);
		this.templates.publish(saved.code(), saved.version());
	}

}
