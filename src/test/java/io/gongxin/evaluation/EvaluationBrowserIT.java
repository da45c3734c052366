package io.gongxin.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The explanation page in a real browser: a department clerk looks a company up on the
 * evaluation desk and reads why it has its grade — the points of each indicator, the
 * penalty that cost them, the history — and an enterprise user may not open it.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationBrowserIT {

	static final String PASSWORD = "Evaluation-Browser-2026!";

	static final String USCC = CheckCharacters.uscc("91440104MA5E9B01");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Subjects subjects;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Evaluations evaluations;

	ChromeDriver driver;

	SubjectId company;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		Departments.register(this.providers, "GZ-SCJGJ");
		SystemActor.runAs("test", () -> {
			this.company = this.subjects.register(new NewSubject(SubjectType.ENTERPRISE, "广州浏览器评价餐饮有限公司",
					SubjectKey.uscc(USCC), "陈某", SubjectStatus.ACTIVE, "440104", null, LocalDate.of(2015, 3, 2)),
					"test");
			this.accounts.createUser("clerk.evaluation", "市场监管局经办人", PASSWORD, Role.PROVIDER, "GZ-SCJGJ");
			this.accounts.createEnterpriseUser("ent.evaluation", "广州浏览器评价餐饮有限公司", PASSWORD, USCC);
		});
		this.evaluations.reevaluate(this.company, "测试");
		LocalDate decided = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30);
		SystemActor.runAs("test",
				() -> this.ingestion.submitRows("GZ-SCJGJ", "XZCF",
						List.of(aPenalty().against("广州浏览器评价餐饮有限公司", USCC)
							.document("穗市监罚〔2026〕浏览器评价1号")
							.conduct("超范围经营", "当事人超出许可范围经营冷食类食品。")
							.fine("1")
							.decidedOn(decided)
							.row()),
						Channel.API));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.evaluations.of(this.company, "COMPOSITE").map(SubjectEvaluation::score).orElse(0) < 80);
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
	void aClerkReadsWhyACompanyHasItsGradeAndAnEnterpriseMayNot() throws Exception {
		SubjectEvaluation evaluation = this.evaluations.of(this.company, "COMPOSITE").orElseThrow();
		Chromium.signIn(this.driver, base(), "clerk.evaluation", PASSWORD);
		this.driver.get(base() + "/evaluation");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("公共信用综合评价");
		assertThat(this.driver.findElement(By.id("use-notice")).getText()).contains("不向社会公开");
		assertThat(this.driver.findElement(By.id("indicators")).getText()).contains("遵纪守法").contains("行政执法");
		this.driver.findElement(By.id("code")).sendKeys(USCC);
		Chromium.submit(this.driver, this.driver.findElement(By.id("lookup-button")));

		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("广州浏览器评价餐饮有限公司");
		assertThat(this.driver.findElement(By.id("grade")).getText())
			.contains(evaluation.grade().name() + "级（" + evaluation.grade().label() + "）")
			.contains(evaluation.score() + "分");
		int lawful = evaluation.indicators()
			.stream()
			.filter(i -> i.code().equals("XZZF"))
			.findFirst()
			.orElseThrow()
			.points();
		assertThat(this.driver.findElement(By.cssSelector("#indicator-XZZF .points")).getText())
			.isEqualTo(Integer.toString(lawful));
		// registered in 2015: more than five years, full points for 成立年限
		assertThat(this.driver.findElement(By.cssSelector("#indicator-CLNX .points")).getText()).isEqualTo("4");
		assertThat(this.driver.findElement(By.id("contributions")).getText()).contains("穗市监罚〔2026〕浏览器评价1号")
			.contains("行政执法")
			.contains(Integer.toString(lawful - 20));
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("首次评价").contains("新入库行政处罚信息");
		Chromium.screenshot(this.driver, "evaluation-explanation.png");

		this.driver.manage().deleteAllCookies();
		Chromium.signIn(this.driver, base(), "ent.evaluation", PASSWORD);
		this.driver.get(base() + "/evaluation/subjects/" + USCC);
		assertThat(this.driver.getPageSource()).doesNotContain("各项指标得分");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
