package io.gongxin.security;

/**
 * The platform's roles. Anonymous visitors of the public portal have no role.
 */
public enum Role {

	/** A department's clerk (数据提供单位): submits data for its own department only. */
	PROVIDER("数据提供单位"),
	/** Credit office staff (信用办). */
	OFFICER("信用工作人员"),
	/** Decides objections and repairs (审核人员). */
	REVIEWER("审核人员"),
	/** Runs the platform: accounts, keys, catalog publication, audit. */
	ADMIN("系统管理员"),
	/** A bank's machine client for credit-based lending (信易贷). */
	BANK("金融机构"),
	/**
	 * An enterprise's own user (法人用户): signs in to print the reports of the one
	 * organisation the account is bound to by its USCC, like a 法人一证通 login.
	 */
	ENTERPRISE("法人用户"),
	/**
	 * A licensed credit service agency's machine client (备案征信机构 / 信用服务机构), registered by
	 * the credit office: reads public credit information only, bound to the agency by its
	 * code.
	 */
	AGENCY("信用服务机构"),
	/**
	 * A natural person (个人用户) signed in through the provincial 统一身份认证 service by OpenID
	 * Connect: sees their own credit file, prints their own 个人信用报告 and sees who read
	 * their file. Bound to one person by the citizen id the identity provider vouches
	 * for; there are no local accounts of this role.
	 */
	PERSON("个人用户");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Roles whose accounts act for one department (a bank, an agency: its code) and must
	 * name it.
	 */
	public boolean departmentBound() {
		return this == PROVIDER || this == BANK || this == AGENCY;
	}

	/**
	 * Roles whose accounts act for one credit subject and must name it: an organisation
	 * by its USCC (enterprise users), a natural person by their citizen id (persons).
	 * They sign in as people and get no API keys.
	 */
	public boolean subjectBound() {
		return this == ENTERPRISE || this == PERSON;
	}

}
