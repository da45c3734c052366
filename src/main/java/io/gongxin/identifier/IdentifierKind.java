package io.gongxin.identifier;

/** What an identifier is, as far as its shape and checks tell. */
public enum IdentifierKind {

	/** 统一社会信用代码, GB 32100-2015. */
	USCC("统一社会信用代码"),
	/** 组织机构代码, GB 11714. */
	ORG_CODE("组织机构代码"),
	/** 公民身份号码, 18 characters, GB 11643-1999. */
	CITIZEN_ID("公民身份号码"),
	/** 15-digit citizen id issued under GB 11643-1989. */
	LEGACY_CITIZEN_ID("15位公民身份号码"),
	/** Nothing recognisable. */
	UNKNOWN("无法识别");

	private final String label;

	IdentifierKind(String label) {
		this.label = label;
	}

	/** The kind in Chinese, for pages and files people read. */
	public String label() {
		return this.label;
	}

}
