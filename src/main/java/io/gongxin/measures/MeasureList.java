package io.gongxin.measures;

/** Which published list a measure belongs to. */
public enum MeasureList {

	NATIONAL_BASE("全国失信惩戒措施基础清单"), SUPPLEMENTARY_SANCTION("失信惩戒措施补充清单"), PROVINCIAL_INCENTIVE("守信激励措施清单");

	private final String label;

	MeasureList(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
