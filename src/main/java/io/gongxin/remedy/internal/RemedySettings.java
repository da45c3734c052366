package io.gongxin.remedy.internal;

import io.gongxin.inbox.TaskType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of every remedy step, each with the rule it comes from. The article-level
 * text of the 2026 rules was not all available and deployments differ (the 协查 takes 10
 * working days in 广州, 2 in 汕尾), so every figure is a setting; the defaults are the
 * published figures named in each basis.
 */
@Component
public class RemedySettings {

	private final String creditOffice;

	private final TaskType objectionAcceptance;

	private final TaskType objectionCheck;

	private final TaskType objectionAssist;

	private final TaskType repairReview;

	private final TaskType repairDecision;

	private final TaskType correction;

	private final int repairFeedback;

	private final int repairExtension;

	RemedySettings(@Value("${gongxin.remedy.credit-office:GZ-FGW}") String creditOffice,
			@Value("${gongxin.remedy.objection.acceptance-working-days:2}") int acceptance,
			@Value("${gongxin.remedy.objection.check-working-days:2}") int check,
			@Value("${gongxin.remedy.objection.assist-working-days:10}") int assist,
			@Value("${gongxin.remedy.objection.assist-basis:信用广州异议处理流程：信息提供单位收到协查函后10个工作日内核查并回复}") String assistBasis,
			@Value("${gongxin.remedy.repair.review-working-days:2}") int review,
			@Value("${gongxin.remedy.repair.decision-working-days:3}") int decision,
			@Value("${gongxin.remedy.correction.working-days:2}") int correction,
			@Value("${gongxin.remedy.repair.feedback-working-days:10}") int repairFeedback,
			@Value("${gongxin.remedy.repair.extension-working-days:3}") int repairExtension) {
		this.repairExtension = repairExtension;
		this.repairFeedback = repairFeedback;
		this.creditOffice = creditOffice;
		this.objectionAcceptance = new TaskType("OBJECTION_ACCEPTANCE", "异议受理", acceptance,
				"信用广州异议处理流程：收到异议申请后2个工作日内决定是否受理");
		this.objectionCheck = new TaskType("OBJECTION_CHECK", "异议核查", check,
				"信用广州异议处理流程：受理后2个工作日内完成平台核查，平台原因造成的错误即时更正");
		this.objectionAssist = new TaskType("OBJECTION_ASSIST", "异议协查", assist, assistBasis);
		this.repairReview = new TaskType("REPAIR_REVIEW", "信用修复初审", review, "通过信用网站申请行政处罚信用修复的，自接到申请之日起2个工作日内完成初审");
		this.repairDecision = new TaskType("REPAIR_DECISION", "信用修复办理", decision,
				"国办发〔2025〕22号：认定单位收到申请后3个工作日内作出是否同意修复的决定");
		this.correction = new TaskType("PROVIDER_CORRECTION", "信息勘误", correction,
				"汕尾市（2023）：信用信息产生、报送单位发现报送的信息有误，应在2个工作日内报送书面说明和证明材料");
	}

	/** The credit office's department, whose desk the platform's own steps are on. */
	public String creditOffice() {
		return this.creditOffice;
	}

	public TaskType objectionAcceptance() {
		return this.objectionAcceptance;
	}

	public TaskType objectionCheck() {
		return this.objectionCheck;
	}

	public TaskType objectionAssist() {
		return this.objectionAssist;
	}

	public TaskType repairReview() {
		return this.repairReview;
	}

	public TaskType repairDecision() {
		return this.repairDecision;
	}

	/** Working days from an application to the applicant's answer (信用中国's 10). */
	public int repairFeedback() {
		return this.repairFeedback;
	}

	/** The rule the applicant's answer deadline comes from. */
	public String repairFeedbackBasis() {
		return "国办发〔2025〕22号：信用中国网站一般应在收到申请之日起10个工作日内反馈办理结果";
	}

	/**
	 * Working days a deciding department may extend its decision by, once, for a complex
	 * case or a check: 22号 allows the extension, its length was not found in the
	 * published text, so it is set per local rule.
	 */
	public int repairExtension() {
		return this.repairExtension;
	}

	public TaskType correction() {
		return this.correction;
	}

}
