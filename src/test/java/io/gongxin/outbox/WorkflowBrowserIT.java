package io.gongxin.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskState;
import io.gongxin.inbox.TaskType;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The workflow pages in a real browser: an officer fixes a dead letter's target on the
 * operations page and resends it; a clerk finds an overdue task flagged in the
 * department's inbox and finishes another.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowBrowserIT {

	static final String PASSWORD = "Workflow-Browser-2026!";

	static final String DEPARTMENT = "GZ-SCJGJ";

	static final TaskType CHECK = new TaskType("OBJECTION_CHECK", "异议协查", 10, "信用广州异议处理流程：信息提供单位10个工作日内核查并回复");

	static final TaskType ACCEPTANCE = new TaskType("OBJECTION_ACCEPTANCE", "异议受理", 2, "信用广州异议处理流程：收到申请后2个工作日内决定是否受理");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Outbox outbox;

	@Autowired
	Inbox inbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver driver;

	LoopbackReceiver receiver = LoopbackReceiver.start();

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(DEPARTMENT, "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"),
					"440100", true, 0));
			this.accounts.createUser("officer.ops", "运维专员", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("clerk.inbox", "市场监管局经办人", PASSWORD, Role.PROVIDER, DEPARTMENT);
		});
		this.driver = Chromium.start(1280, 2000);
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
		this.receiver.close();
	}

	@Test
	void anOfficerFixesADeadLettersTargetAndResendsIt() throws Exception {
		URI nobody = URI.create("http://127.0.0.1:" + ChildPlatform.freePort() + "/hook");
		IssuedEndpoint endpoint = SystemActor.callAs("test",
				() -> this.outbox.registerEndpoint(new NewEndpoint("市场监管局业务系统", nobody, "test:browser", DEPARTMENT)));
		long id = this.transactions.execute(
				tx -> this.outbox
					.enqueue(endpoint.endpointId(),
							new OutgoingMessage("quality.notice-raised", "browser-dead-1",
									"{\"message\":\"2026-11 合规率 97.50%，低于目标 99%。\"}"))
					.orElseThrow());
		await().atMost(Duration.ofSeconds(30)).until(() -> "DEAD".equals(status(id)));

		signIn("officer.ops");
		this.driver.get(base() + "/ops/outbox");
		assertThat(Integer.parseInt(this.driver.findElement(By.id("tile-dead")).getText())).isPositive();
		WebElement row = this.driver.findElement(By.id("resend-" + id)).findElement(By.xpath("ancestor::tr"));
		assertThat(row.getText()).contains("市场监管局业务系统").contains("无法连接接收方");

		WebElement url = this.driver.findElement(By.xpath("//table[@id='endpoints']//input[@value='" + nobody + "']"));
		url.clear();
		url.sendKeys(this.receiver.url().toString());
		url.findElement(By.xpath("ancestor::form//button")).click();
		awaitNotice("接收地址已更新");

		this.driver.findElement(By.id("resend-" + id)).click();
		awaitNotice("已重新投递 1 条消息");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.receiver.applied().contains("browser-dead-1"));
		assertThat(this.receiver.requests().get(0).signedWith(endpoint.secret())).isTrue();
		screenshot("ops-outbox.png");
	}

	@Test
	void aClerkSeesTheOverdueTaskFlaggedAndFinishesAnother() throws Exception {
		Task overdue = SystemActor.callAs("test",
				() -> this.inbox.open(new NewTask(ACCEPTANCE, DEPARTMENT, "受理广州某某商贸有限公司的异议申请", "广州某某商贸有限公司",
						CheckCharacters.uscc("91440101MA5C8K3Y"), false, "browser:overdue",
						LocalDate.of(2026, 11, 2))));
		Task fresh = SystemActor.callAs("test",
				() -> this.inbox.open(NewTask.of(CHECK, DEPARTMENT, "核查异议：行政处罚决定书文号有误", "browser:fresh")));

		signIn("clerk.inbox");
		this.driver.get(base() + "/inbox");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("广州市市场监督管理局 · 待办事项");
		assertThat(Integer.parseInt(this.driver.findElement(By.id("tile-overdue")).getText())).isPositive();
		WebElement late = this.driver.findElement(By.id("task-" + overdue.id()));
		assertThat(late.getAttribute("class")).contains("overdue");
		assertThat(late.getText()).contains("已逾期").contains("2 个工作日");

		this.driver.findElement(By.id("outcome-" + fresh.id())).sendKeys("经核查，文号录入错误，已更正并重新报送");
		this.driver.findElement(By.id("complete-" + fresh.id())).click();
		awaitNotice("已办结");
		assertThat(this.driver.findElement(By.id("done")).getText()).contains("核查异议：行政处罚决定书文号有误").contains("按期");
		assertThat(this.inbox.task(fresh.id()).state()).isEqualTo(TaskState.DONE);
		screenshot("inbox.png");
	}

	// A form post reloads the page: the notice read from the old page may go stale while
	// the next one loads.
	void awaitNotice(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("notice")).getText().contains(text));
	}

	void signIn(String user) {
		Chromium.signIn(this.driver, base(), user, PASSWORD);
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	String status(long id) {
		return this.jdbc.sql("SELECT status FROM outbox_message WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	void screenshot(String name) throws Exception {
		Chromium.screenshot(this.driver, name);
	}

}
