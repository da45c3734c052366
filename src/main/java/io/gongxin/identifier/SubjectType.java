package io.gongxin.identifier;

/** The kind of credit subject an identifier is presented for (行政相对人类别). */
public enum SubjectType {

	/** 法人及非法人组织. */
	LEGAL_ENTITY,
	/** 个体工商户: the only subject type that may use the placeholder code. */
	INDIVIDUAL_BUSINESS,
	/** 自然人. */
	NATURAL_PERSON,
	/** Not stated by the caller. */
	UNSPECIFIED

}
