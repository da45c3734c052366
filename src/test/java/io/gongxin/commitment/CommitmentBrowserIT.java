package io.gongxin.commitment;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing and the public column in a real browser: the enterprise reads a published
 * template, is told it must confirm it read it, signs, and sees its commitment with its
 * number; anyone finds it in the portal's 信用承诺 column; the department records that it was
 * kept, and the column shows 已履约.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentBrowserIT {

	static final String PASSWORD = "Commitment-Browser-2026!";

	static final String USCC = CheckCharacters.uscc("91440104MA5CNB01");

	static final String TEMPLATE = "BROWSER-SPJY";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Subjects subjects;

	@Autowired
	CommitmentTemplates templates;

	ChromeDriver driver;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		Departments.register(this.providers, "GZ-SCJGJ");
		SystemActor.runAs("test", () -> {
			this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州浏览器承诺餐饮有限公司", SubjectKey.uscc(USCC)),
					"test");
			this.accounts.createEnterpriseUser("ent.commitment", "广州浏览器承诺餐饮有限公司", PASSWORD, USCC);
			this.accounts.createUser("clerk.commitment", "市场监管局经办人", PASSWORD, Role.PROVIDER, "GZ-SCJGJ");
			TemplateVersion draft = this.templates
				.draft(new TemplateDraft(TEMPLATE, "食品经营许可告知承诺书（浏览器）", CommitmentKind.APPROVAL_SUBSTITUTE, "GZ-SCJGJ",
						"申请事项", "本单位申请食品经营许可，已知晓告知的全部内容，符合告知的许可条件。", List.of("所提交的申请材料真实、有效", "经营场所和设施设备符合许可条件"), 5,
						true, "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）", SeverityTier.GENERAL, null));
			this.templates.publish(TEMPLATE, draft.version());
		});
		this.driver = Chromium.start(1280, 2400);
	}

	@BeforeEach
	void requireChromium() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void anEnterpriseSignsOnThePortalAndTheCommitmentAppearsInThePublicColumn() throws Exception {
		Chromium.signIn(this.driver, base(), "ent.commitment", PASSWORD);
		this.driver.get(base() + "/my/commitments?template=" + TEMPLATE);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("信用承诺");
		WebElement template = this.driver.findElement(By.id("template-" + TEMPLATE));
		assertThat(template.getText()).contains("所提交的申请材料真实、有效").contains("国办发〔2020〕42号");
		this.driver.findElement(By.id("matter-" + TEMPLATE)).sendKeys("食品经营许可（新办），申请编号 SP440104202612");
		// the browser itself asks for the confirmation before the form leaves
		this.driver.findElement(By.id("sign-button-" + TEMPLATE)).click();
		assertThat(this.driver.findElements(By.id("notice"))).isEmpty();
		this.driver.findElement(By.id("agreed-" + TEMPLATE)).click();
		Chromium.submit(this.driver, this.driver.findElement(By.id("sign-button-" + TEMPLATE)));
		String notice = this.driver.findElement(By.id("notice")).getText();
		assertThat(notice).contains("已签署食品经营许可告知承诺书（浏览器）").contains("承诺书编号 CN");
		String number = notice.replaceAll(".*承诺书编号 (CN\\d+).*", "$1");
		assertThat(this.driver.findElement(By.id("commitment-" + number)).getText()).contains("履约中")
			.contains("广州市市场监督管理局");
		Chromium.screenshot(this.driver, "commitment-signed.png");

		this.driver.manage().deleteAllCookies();
		this.driver.get(base() + "/portal/commitments");
		this.driver.findElement(By.id("q")).sendKeys("浏览器承诺餐饮");
		Chromium.submit(this.driver, this.driver.findElement(By.cssSelector("form.filters button")));
		assertThat(this.driver.findElement(By.id("commitment-" + number)).getText()).contains("广州浏览器承诺餐饮有限公司")
			.contains(USCC)
			.contains("审批替代型")
			.contains("履约中");
		Chromium.screenshot(this.driver, "commitment-column.png");

		Chromium.signIn(this.driver, base(), "clerk.commitment", PASSWORD);
		this.driver.get(base() + "/commitments");
		WebElement pending = this.driver.findElement(By.id("pending-" + number));
		pending.findElement(By.cssSelector("input[value=FULFILLED]")).click();
		this.driver.findElement(By.id("evidence-" + number)).sendKeys("现场核查记录 穗市监核〔2026〕浏览器1号");
		this.driver.findElement(By.id("explanation-" + number)).sendKeys("经现场核查，经营场所和设施设备与承诺一致");
		Chromium.submit(this.driver, this.driver.findElement(By.id("finding-button-" + number)));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains(number).contains("已履约");

		this.driver.manage().deleteAllCookies();
		this.driver.get(base() + "/portal/commitments?q=" + USCC);
		assertThat(this.driver.findElement(By.id("commitment-" + number)).getText()).contains("已履约");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
