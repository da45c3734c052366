package io.gongxin.portal.internal;

import java.util.Arrays;
import java.util.Optional;

/** The tabs of a subject's public page and the catalog category each one shows. */
enum PortalTab {

	BASIC("jbxx", "基本信息", null), LICENSES("xzxk", "行政许可", "XZXK"), PENALTIES("xzcf", "行政处罚", "XZCF"),
	SERIOUS_LIST("yzsx", "严重失信主体名单", "YZSX"), ABNORMAL("jyyc", "经营异常", "JYYC"),
	DISHONEST_DEBTOR("sfzx", "失信被执行人", "SFZX"), COMMITMENTS("xycn", "信用承诺", "XYCN"),
	BROKEN_COMMITMENTS("wbcn", "违背承诺", "WBCN"), HONOURS("sxjl", "守信激励", "CXRY");

	private final String slug;

	private final String label;

	private final String category;

	PortalTab(String slug, String label, String category) {
		this.slug = slug;
		this.label = label;
		this.category = category;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getLabel() {
		return this.label;
	}

	public String getCategory() {
		return this.category;
	}

	static Optional<PortalTab> of(String slug) {
		return Arrays.stream(values()).filter(tab -> tab.slug.equals(slug)).findFirst();
	}

}
