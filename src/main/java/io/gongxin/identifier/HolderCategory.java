package io.gongxin.identifier;

/**
 * The category of holder an identifier is presented for (行政相对人类别 in the 双公示 layouts).
 * Coarser than the subject module's {@code SubjectType}: it is all the identifier rules
 * need.
 */
public enum HolderCategory {

	/** 法人及非法人组织. */
	LEGAL_ENTITY,
	/** 个体工商户: the only subject type that may use the placeholder code. */
	INDIVIDUAL_BUSINESS,
	/** 自然人. */
	NATURAL_PERSON,
	/** Not stated by the caller. */
	UNSPECIFIED

}
