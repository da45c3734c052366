package io.gongxin.calendar;

/** The legal basis texts of the working-day deadlines the platform enforces. */
public final class LegalBasis {

	/** 双公示: publish licensing and penalty decisions within 7 working days. */
	public static final String DOUBLE_PUBLICITY = "发改办财金〔2018〕424号：行政许可、行政处罚信息自作出决定之日起7个工作日内上网公开";

	public static final int DOUBLE_PUBLICITY_DAYS = 7;

	private LegalBasis() {
	}

}
