package io.gongxin.catalog;

/**
 * What a field means to the platform beyond its value rules, so every module reads every
 * category alike: find the subject, the document number that identifies a decision, the
 * decision date that selects the catalog version and starts the 7-working-day clock, and
 * the facts other modules use (severity, publicity end, the subject's basic data). Roles
 * are declared by the catalog's reviewers, never guessed from field codes: a category
 * without a role simply has no such fact.
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
	SOURCE_USCC,
	/**
	 * The subject's legal representative or principal (法定代表人 / 负责人), or an individual
	 * business's operator (经营者): a name, never an ID number.
	 */
	LEGAL_REPRESENTATIVE,
	/** 证件类型 of the legal representative. */
	LEGAL_REPRESENTATIVE_DOCUMENT_TYPE,
	/** 证件号码 of the legal representative: personal data. */
	LEGAL_REPRESENTATIVE_DOCUMENT_NUMBER,
	/**
	 * The subject's registration (founding) date, 成立日期. A registration record without a
	 * decision date dates from it.
	 */
	REGISTRATION_DATE,
	/** The subject's registered address (住所 / 经营场所). */
	ADDRESS,
	/** The subject's registration status (登记状态: 存续, 注销, 吊销…). */
	SUBJECT_STATUS,
	/** The penalty types (处罚类别), from which the severity tier is derived. */
	PENALTY_TYPE,
	/** The fine (罚款金额, 万元). */
	FINE_AMOUNT,
	/** A severity tier the provider filed explicitly (轻微 / 一般 / 严重). */
	SEVERITY,
	/** What the decision says in one line (处罚内容, 许可内容…), shown as its summary. */
	CONTENT,
	/**
	 * The name of the list a list record puts the subject on (名单名称), e.g. 市场监督管理严重违法失信名单.
	 */
	LIST_NAME,
	/** The rule a listing rests on (认定依据). */
	LIST_BASIS,
	/** The day the subject leaves the list (移出日期), once known. */
	EXIT_DATE

}
