package io.gongxin.identifier;

/** What an identifier is, as far as its shape and checks tell. */
public enum IdentifierKind {

	/** 统一社会信用代码, GB 32100-2015. */
	USCC,
	/** 组织机构代码, GB 11714. */
	ORG_CODE,
	/** 公民身份号码, 18 characters, GB 11643-1999. */
	CITIZEN_ID,
	/** 15-digit citizen id issued under GB 11643-1989. */
	LEGACY_CITIZEN_ID,
	/** Nothing recognisable. */
	UNKNOWN

}
