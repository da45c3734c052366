package io.gongxin.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.DemoDataContributor;
import io.gongxin.platform.PasswordNotices;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, one per role, sharing one password: {@code GONGXIN_DEMO_PASSWORD} or a
 * generated one shown once on the console, never in the log file.
 */
@Component
class AccountDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

	private final Accounts accounts;

	private final PasswordNotices notices;

	private final String configuredPassword;

	AccountDemoData(Accounts accounts, PasswordNotices notices,
			@Value("${gongxin.demo.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.notices = notices;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void contribute() {
		String password = this.configuredPassword.isBlank() ? AdminBootstrap.randomPassword() : this.configuredPassword;
		this.accounts.createUser("officer", "信用办 李明", password, Role.OFFICER, null);
		this.accounts.createUser("reviewer", "审核员 王芳", password, Role.REVIEWER, null);
		this.accounts.createUser("clerk.scjgj", "市场监管局 张伟", password, Role.PROVIDER, "GZ-SCJGJ");
		this.accounts.createUser("clerk.stj", "生态环境局 陈静", password, Role.PROVIDER, "GZ-STJ");
		if (this.configuredPassword.isBlank()) {
			log.warn("Demo accounts officer, reviewer, clerk.scjgj, clerk.stj created with a generated password; "
					+ "it is shown on the console only");
			this.notices.show("""
					已创建演示账号 officer、reviewer、clerk.scjgj、clerk.stj。
					  共用密码：%s
					密码仅在控制台显示这一次，不写入日志文件；如需自行指定，请设置 GONGXIN_DEMO_PASSWORD。""".formatted(password));
		}
		else {
			log.info("Demo accounts officer, reviewer, clerk.scjgj, clerk.stj created with GONGXIN_DEMO_PASSWORD");
		}
	}

}
