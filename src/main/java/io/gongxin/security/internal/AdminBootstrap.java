package io.gongxin.security.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.PasswordNotices;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is none. Its password comes from
 * {@code GONGXIN_ADMIN_PASSWORD}; without it, a random one is generated and shown once on
 * the console, never in the log file. No password is ever committed.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final PasswordNotices notices;

	private final String username;

	private final String configuredPassword;

	AdminBootstrap(Accounts accounts, PasswordNotices notices,
			@Value("${gongxin.security.admin.username:admin}") String username,
			@Value("${gongxin.security.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.notices = notices;
		this.username = username;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAdmin()) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? randomPassword() : this.configuredPassword;
		SystemActor.runAs("bootstrap",
				() -> this.accounts.createUser(this.username, "系统管理员", password, Role.ADMIN, null));
		if (generated) {
			log.warn("First administrator '{}' created with a generated password; it is shown on the console only",
					this.username);
			this.notices.show("""
					已创建首个系统管理员账号。
					  用户名：%s
					  密码：  %s
					密码仅在控制台显示这一次，不写入日志文件；如需自行指定，请设置 GONGXIN_ADMIN_PASSWORD。""".formatted(this.username, password));
		}
		else {
			log.info("First administrator '{}' created with the configured password.", this.username);
		}
	}

	static String randomPassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
