package io.gongxin.catalog;

/**
 * What a field means to the platform beyond its value rules, so ingestion can treat every
 * category alike: find the subject, the document number that identifies a decision, and
 * the decision date that selects the catalog version and starts the 7-working-day clock.
 */
public enum FieldRole {

	/** 行政相对人名称 / 主体名称. */
	SUBJECT_NAME,
	/** 行政相对人类别 (法人及非法人组织 / 自然人 / 个体工商户). */
	SUBJECT_CATEGORY,
	/** The subject's unified social credit code. */
	SUBJECT_USCC,
	/** The legacy registration number (工商注册号). */
	SUBJECT_REGISTRATION_NUMBER,
	/** 证件类型 of a natural person. */
	SUBJECT_DOCUMENT_TYPE,
	/** 证件号码 of a natural person. */
	SUBJECT_DOCUMENT_NUMBER,
	/**
	 * The decision's document number (文书号); a new row with the same number supersedes.
	 */
	DOCUMENT_NUMBER,
	/** The decision date (决定日期). */
	DECISION_DATE,
	/** The date the decision stops having effect (有效期至 / 处罚有效期). */
	VALID_UNTIL,
	/** The date publicity ends (公示截止期). */
	PUBLICITY_END,
	/** The deciding authority's name. */
	AUTHORITY,
	/** The deciding authority's USCC. */
	AUTHORITY_USCC,
	/** The providing department's name (数据来源单位). */
	SOURCE,
	/** The providing department's USCC. */
	SOURCE_USCC

}
