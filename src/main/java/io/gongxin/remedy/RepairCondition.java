package io.gongxin.remedy;

/**
 * A condition of credit repair under the 2026 《信用修复管理办法》 and 国办发〔2025〕22号, as named to
 * the applicant.
 */
public enum RepairCondition {

	IN_PUBLICITY("该信息正在公示"), REPAIRABLE("该信息属于可以修复的失信信息"), MINIMUM_PERIOD_SERVED("已满最短公示期"),
	NO_OPEN_APPLICATION("没有正在办理的修复申请或异议"), DUTIES_PERFORMED("已纠正失信行为并履行法定义务"), COMMITMENT_SIGNED("已作出信用承诺");

	private final String label;

	RepairCondition(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
