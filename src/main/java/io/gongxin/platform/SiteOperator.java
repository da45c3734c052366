package io.gongxin.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who runs this installation and how the public reaches them, for every page's footer
 * ({@code ${@siteOperator.name()}}): a citizen trusts a portal that says whose it is.
 * Unset, a demo installation names itself as such; the ICP filing number (ICP备案号) is
 * shown only when set.
 */
@Component("siteOperator")
public class SiteOperator {

	static final String DEMO_NAME = "公信公共信用信息平台（演示站点）";

	static final String DEMO_CONTACT = "信用信息咨询、异议申诉请联系运营单位";

	private final String name;

	private final String contact;

	private final String phone;

	private final String address;

	private final String icp;

	SiteOperator(@Value("${gongxin.operator.name:}") String name, @Value("${gongxin.operator.contact:}") String contact,
			@Value("${gongxin.operator.phone:}") String phone, @Value("${gongxin.operator.address:}") String address,
			@Value("${gongxin.operator.icp:}") String icp) {
		this.name = orElse(name, DEMO_NAME);
		this.contact = orElse(contact, DEMO_CONTACT);
		this.phone = orElse(phone, null);
		this.address = orElse(address, null);
		this.icp = orElse(icp, null);
	}

	/** The operating body, e.g. 某市发展和改革委员会（某市社会信用体系建设牵头单位）. */
	public String name() {
		return this.name;
	}

	/** The desk the public contacts, e.g. 信用建设科. */
	public String contact() {
		return this.contact;
	}

	/** {@code null} when not set. */
	public String phone() {
		return this.phone;
	}

	/** {@code null} when not set. */
	public String address() {
		return this.address;
	}

	/** The ICP filing number, {@code null} when not set. */
	public String icp() {
		return this.icp;
	}

	private static String orElse(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}
