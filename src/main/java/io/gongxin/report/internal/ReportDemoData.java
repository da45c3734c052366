package io.gongxin.report.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.DemoDataContributor;
import io.gongxin.platform.PasswordNotices;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.Subjects.Audience;
import io.gongxin.subject.SubjectType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A demo enterprise user (法人用户) {@code enterprise.demo}, bound to one of the demo
 * companies, so the self-service printing can be tried. Its password is
 * {@code GONGXIN_DEMO_PASSWORD} or a generated one printed once, like the other demo
 * accounts.
 */
@Component
class ReportDemoData implements DemoDataContributor {

	static final String USERNAME = "enterprise.demo";

	private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);

	private final Accounts accounts;

	private final Subjects subjects;

	private final PasswordNotices notices;

	private final String configuredPassword;

	ReportDemoData(Accounts accounts, Subjects subjects, PasswordNotices notices,
			@Value("${gongxin.demo.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.subjects = subjects;
		this.notices = notices;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public String name() {
		return "enterprise-user";
	}

	@Override
	public int order() {
		// after the demo records (300): the company must be in the register
		return 350;
	}

	@Override
	public void contribute() {
		SubjectHit company = this.subjects.search("有限公司", Audience.PUBLIC, 20)
			.stream()
			.filter(hit -> hit.type() == SubjectType.ENTERPRISE)
			.findFirst()
			.orElse(null);
		if (company == null) {
			log.warn("No demo company in the register; no demo enterprise user created");
			return;
		}
		String uscc = this.subjects.get(company.id()).currentKey().value();
		String password = this.configuredPassword.isBlank() ? randomPassword() : this.configuredPassword;
		this.accounts.createEnterpriseUser(USERNAME, company.name() + " 法人用户", password, uscc);
		if (this.configuredPassword.isBlank()) {
			log.warn("Demo enterprise user {} for {} ({}) created with a generated password; it is shown on the "
					+ "console only", USERNAME, company.name(), uscc);
			this.notices.show("""
					已创建演示法人用户 %s（%s）。
					  密码：%s
					密码仅在控制台显示这一次，不写入日志文件；如需自行指定，请设置 GONGXIN_DEMO_PASSWORD。""".formatted(USERNAME, company.name(),
					password));
		}
		else {
			log.info("Demo enterprise user {} for {} ({}) created with GONGXIN_DEMO_PASSWORD", USERNAME, company.name(),
					uscc);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
