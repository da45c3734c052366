package io.gongxin.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.RejectedRow;
import io.gongxin.ingest.Revocation;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.StubTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upward reporting on real PostgreSQL to a provincial platform on loopback: accepted
 * records reach it on the schedule with a receipt; a refused one becomes the department's
 * problem data and task; a target that is down, slow and answers twice still ends with
 * every record held exactly once; a revocation is withdrawn; officers steer it and clerks
 * cannot.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpwardReportingIT {

	static final String MARKET = "GZ-SCJGJ";

	static final String DOCUMENT = "行政处罚决定书文号";

	@Autowired
	UpwardReporting reporting;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Inbox inbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	io.gongxin.creditfile.CreditFiles creditFiles;

	StubTarget province = StubTarget.start();

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	String officer;

	String clerk;

	int serial;

	@BeforeAll
	void setUp() {
		Departments.register(this.providers, MARKET);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, MARKET);
		IssuedTarget issued = SystemActor.callAs("test",
				() -> this.reporting.register(new NewTarget("GD_PROVINCE", "广东省公共信用信息平台", TargetLevel.PROVINCE, "FILE",
						FileFormat.CSV, "GBK", Set.of("XZCF", "XZXK"), 20, 1, this.province.packagesUrl(),
						this.province.receiptsUrl())));
		assertThat(issued.signingSecret()).isNotBlank();
	}

	@AfterAll
	void stop() {
		this.province.close();
	}

	@Test
	void acceptedRecordsReachTheProvinceInItsLayoutAndAreAcknowledged() throws Exception {
		List<String> documents = file(30, "按时");

		await(() -> acknowledged(documents), "30 records acknowledged");
		Map<String, Map<String, String>> held = heldByDocument();
		assertThat(held.keySet()).containsAll(documents);
		Map<String, String> row = held.get(documents.get(0));
		// the national layout's Chinese column titles, GBK-encoded, read back by the
		// target
		assertThat(row).containsEntry("处罚机关", "广州市市场监督管理局").containsKey("行政相对人名称");
		assertThat(row.get("行政相对人名称")).startsWith("广州上报测试");
		assertThat(this.province.rowApplications().values()).containsOnly(1);

		Reconciliation reconciliation = this.reporting.reconciliation("GD_PROVINCE", this.today.minusDays(1),
				this.today);
		assertThat(reconciliation.total().acknowledged()).isGreaterThanOrEqualTo(30);
		assertThat(reconciliation.total().queued()).isEqualTo(reconciliation.total().acknowledged()
				+ reconciliation.total().rejected() + reconciliation.total().pending());
	}

	@Test
	void licencesReachTheirTargetOnTheScheduleWithoutAnyoneSendingThem() throws Exception {
		try (StubTarget licences = StubTarget.start()) {
			// every minute: the schedule's first turn for a new target may come between
			// its registration and the licence being owed to it, find nothing, and still
			// count as the target's turn; with an hour between turns the licence then
			// waited an hour (three failed runs, under both a 30 s and a 90 s wait)
			SystemActor
				.runAs("test",
						() -> this.reporting.register(new NewTarget("GD_LICENCES", "广东省行政许可信息库", TargetLevel.PROVINCE,
								"FILE", FileFormat.CSV, "UTF-8", Set.of("XZXK"), 100, 1, licences.packagesUrl(),
								licences.receiptsUrl())));
			String document = "穗市监许〔2026〕" + (++this.serial) + "号";
			BatchReceipt receipt = SystemActor.callAs("test",
					() -> this.ingestion.submitRows(MARKET, "XZXK",
							List.of(licence("广州许可上报测试食品有限公司", CheckCharacters.uscc("91440106MA5W0001"), document)),
							Channel.API));
			assertThat(receipt.accepted()).as(String.valueOf(receipt.error())).isEqualTo(1);

			// nobody presses a button: the licence goes at the target's next turn, at
			// most a minute away. The tick serves the targets one after another, and one
			// left by an earlier test of this class may hold it for a receipt read's
			// 20-second timeout: the wait allows for both
			ChildPlatform.await(() -> this.reporting.status("GD_LICENCES").acknowledged() == 1, Duration.ofSeconds(90),
					"the licence acknowledged");
			assertThat(licences.rows().values()).singleElement()
				.satisfies(row -> assertThat(row).containsEntry("行政许可决定文书号", document)
					.containsEntry("许可机关", "广州市市场监督管理局"));
			assertThat(this.reporting.status("GD_LICENCES").lastPackagedAt()).isNotNull();
			SystemActor.runAs("test", () -> this.reporting.setActive("GD_LICENCES", false));
		}
	}

	@Test
	void aRecordTheProvinceRefusesBecomesTheDepartmentsProblemDataAndATaskUntilItIsCorrected() throws Exception {
		this.province.refuse(row -> row.getOrDefault("违法事实", "").contains("待补充") ? "处罚事由不完整，请补充违法事实" : null);
		try {
			String document = "穗市监处罚〔2026〕退回" + (++this.serial) + "号";
			String company = CheckCharacters.uscc("91440106MA5R" + String.format("%04d", this.serial));
			submit(List.of(aPenalty().against("广州退回测试贸易有限公司", company)
				.document(document)
				.conduct("未按规定公示年度报告", "待补充")
				.decidedOn(this.today.minusDays(1))
				.row()));

			await(() -> problemRows(document).size() == 1, "the refusal in the problem data");
			RejectedRow refused = problemRows(document).get(0);
			assertThat(refused.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.rule()).isEqualTo(Ingestion.UPSTREAM_REJECTED);
				assertThat(reason.message()).isEqualTo("广东省公共信用信息平台退回：处罚事由不完整，请补充违法事实");
			});
			await(() -> tasks().stream().anyMatch(task -> task.title().contains("退回1条行政处罚")), "the task");
			assertThat(this.reporting.items("GD_PROVINCE", ItemState.REJECTED, null, 50))
				.anySatisfy(item -> assertThat(item.documentNumber()).isEqualTo(document));

			// the department corrects the decision: the new version goes up and the
			// problem closes
			submit(List.of(aPenalty().against("广州退回测试贸易有限公司", company)
				.document(document)
				.conduct("未按规定公示年度报告", "当事人未按规定期限公示2025年度报告，经责令仍未改正。")
				.decidedOn(this.today.minusDays(1))
				.row()));
			await(() -> problemRows(document).isEmpty() && acknowledged(List.of(document)), "the correction held");
		}
		finally {
			this.province.refuse(row -> null);
		}
	}

	@Test
	void aTargetThatIsDownSlowAndAnswersTwiceStillHoldsEveryRecordExactlyOnce() throws Exception {
		this.province.down(true).duplicateReceipts(true);
		try {
			List<String> documents = file(45, "积压");
			await(() -> this.reporting.status("GD_PROVINCE").failedAttempts() > 0, "failed attempts while down");
			assertThat(this.reporting.status("GD_PROVINCE").lastError()).isNotBlank();
			// back, but the first package is answered after the sender gave up waiting:
			// it is
			// sent again
			this.province.slowNext(1, Duration.ofSeconds(6)).down(false);

			await(() -> acknowledged(documents) && this.province.packages().containsValue(2),
					"the backlog drained and the slow package sent again");
			assertThat(this.province.rowApplications().values()).containsOnly(1);
			TargetStatus status = this.reporting.status("GD_PROVINCE");
			assertThat(status.queued()).isZero();
			assertThat(status.awaitingReceipt()).isZero();
		}
		finally {
			this.province.down(false).duplicateReceipts(false);
		}
	}

	@Test
	void aRevokedDecisionIsWithdrawnFromTheProvince() throws Exception {
		List<String> documents = file(1, "撤回");
		await(() -> acknowledged(documents), "the decision held");
		BatchReceipt revoked = SystemActor.callAs("test", () -> this.ingestion.submitRevocations(MARKET, "XZCF",
				List.of(new Revocation(documents.get(0), "行政复议决定撤销原处罚决定"))));
		assertThat(revoked.accepted()).isEqualTo(1);

		await(() -> this.province.rows()
			.values()
			.stream()
			.anyMatch(row -> documents.get(0).equals(row.get(DOCUMENT)) && row.containsKey("撤回原因")),
				"the withdrawal held");
		Map<String, String> withdrawal = this.province.rows()
			.values()
			.stream()
			.filter(row -> row.containsKey("撤回原因"))
			.filter(row -> documents.get(0).equals(row.get(DOCUMENT)))
			.findFirst()
			.orElseThrow();
		assertThat(withdrawal.get("撤回原因")).isEqualTo("撤销：行政复议决定撤销原处罚决定");
		assertThat(withdrawal.get("撤回日期")).isEqualTo(this.today.toString());
	}

	@Test
	void officersSteerTheTargetsAndClerksCannot() throws Exception {
		this.mvc.perform(get("/api/exchange/targets").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.target.code == 'GD_PROVINCE')].target.name").value("广东省公共信用信息平台"));
		this.mvc.perform(get("/api/exchange/targets").header("X-API-Key", this.clerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/exchange/targets")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/exchange/targets").header("X-API-Key", this.clerk)
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/exchange/targets").header("X-API-Key", this.officer)
				.contentType("application/json")
				.content("""
						{"code":"CN_NATIONAL","name":"信用中国","level":"NATIONAL","adapter":"API","format":"CSV",
						 "categories":["XZCF"],"url":"https://www.creditchina.gov.cn/api"}
						"""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("GX-EXC-001"))
			.andExpect(jsonPath("$.reason").value("接口报送只能使用JSON格式"));
		this.mvc
			.perform(get("/api/exchange/targets/GD_PROVINCE/reconciliation").header("X-API-Key", this.officer)
				.param("from", this.today.toString())
				.param("to", this.today.minusDays(3).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-EXC-004"));
		this.mvc.perform(get("/api/exchange/targets/NOPE").header("X-API-Key", this.officer))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-EXC-002"));
	}

	@Test
	void aPausedTargetFallsBehindTheStatutoryDeadlineAndSaysSo() throws Exception {
		StubTarget national = StubTarget.start();
		try {
			SystemActor.runAs("test", () -> {
				this.reporting
					.register(new NewTarget("CN_NATIONAL", "信用中国", TargetLevel.NATIONAL, "API", FileFormat.JSON,
							"UTF-8", Set.of("XZCF"), 100, 60, national.packagesUrl(), national.receiptsUrl()));
				this.reporting.setActive("CN_NATIONAL", false);
			});
			String document = "穗市监处罚〔2026〕逾期" + (++this.serial) + "号";
			submit(List.of(aPenalty().against("广州逾期测试有限公司", CheckCharacters.uscc("91440106MA5Q0001"))
				.document(document)
				.decidedOn(this.today.minusDays(30))
				.row()));
			await(() -> this.reporting.status("CN_NATIONAL").queued() == 1, "the item owed");
			TargetStatus status = this.reporting.status("CN_NATIONAL");
			assertThat(status.behind()).isTrue();
			assertThat(status.overdue()).isEqualTo(1);
			assertThat(status.oldestOverdueOn()).isBefore(this.today);
			assertThat(national.deliveries()).isZero();
			// announced once a day to the other modules and the log
			await(() -> LocalDate.class.equals(behindNoticedOn().getClass()), "the target announced as behind");
			assertThat(behindNoticedOn()).isEqualTo(this.today);

			// resumed, it is sent at once as JSON records
			SystemActor.runAs("test", () -> this.reporting.setActive("CN_NATIONAL", true));
			await(() -> this.reporting.status("CN_NATIONAL").acknowledged() == 1, "sent after resuming");
			assertThat(national.rows().values()).singleElement()
				.satisfies(row -> assertThat(row).containsEntry("CF_WSH", document));
			assertThat(this.reporting.status("CN_NATIONAL").behind()).isFalse();
		}
		finally {
			SystemActor.runAs("test", () -> this.reporting.setActive("CN_NATIONAL", false));
			national.close();
		}
	}

	private Object behindNoticedOn() {
		return this.jdbc.sql("SELECT behind_notified_on FROM exchange_target WHERE code = 'CN_NATIONAL'")
			.query((rs, row) -> (rs.getDate(1) == null) ? "none" : (Object) rs.getDate(1).toLocalDate())
			.single();
	}

	@Test
	void aRepairTheProvinceDecidedEndsThePublicityHereAndIsNotSentBackToIt() throws Exception {
		String company = CheckCharacters.uscc("91440106MA5Y0001");
		String document = "穗市监处罚〔2026〕修复" + (++this.serial) + "号";
		submit(List.of(aPenalty().against("广州上级修复测试有限公司", company)
			.document(document)
			.fine("2")
			.decidedOn(this.today.minusDays(120))
			.row()));
		await(() -> acknowledged(List.of(document)), "the decision held");
		long recordId = this.reporting.items("GD_PROVINCE", ItemState.ACKNOWLEDGED, null, 200)
			.stream()
			.filter(item -> item.documentNumber().equals(document))
			.findFirst()
			.orElseThrow()
			.recordId();

		this.province.repaired("YSXF-2026-0042", company, "XZCF", document, this.today.toString());
		await(() -> this.creditFiles.item(recordId)
			.map(item -> item.publicity().status() == PublicityStatus.REPAIRED)
			.orElse(false), "the repair applied here");
		// the province decided it: it is not told to withdraw what it repaired itself
		assertThat(this.reporting.items("GD_PROVINCE", null, null, 200))
			.noneMatch(item -> item.recordId() == recordId && item.action() == ReportAction.WITHDRAW);
	}

	private List<String> file(int n, String tag) {
		List<String> documents = new ArrayList<>();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int k = ++this.serial;
			String document = "穗市监处罚〔2026〕" + tag + k + "号";
			documents.add(document);
			rows.add(aPenalty()
				.against("广州上报测试" + k + "号商贸有限公司", CheckCharacters.uscc("91440106MA5P" + String.format("%04d", k)))
				.document(document)
				.decidedOn(this.today.minusDays(2))
				.row());
		}
		BatchReceipt receipt = submit(rows);
		assertThat(receipt.accepted()).as(String.valueOf(receipt.error())).isEqualTo(n);
		return documents;
	}

	private Map<String, String> licence(String name, String uscc, String document) {
		Map<String, String> row = new java.util.LinkedHashMap<>();
		row.put("XK_XDR_MC", name);
		row.put("XK_XDR_LB", "1");
		row.put("XK_XDR_SHXYM", uscc);
		row.put("XK_FRDB", "陈国强");
		row.put("XK_XKWS", "准予行政许可决定书");
		row.put("XK_WSH", document);
		row.put("XK_XKLB", "1");
		row.put("XK_XKZS", "食品经营许可证");
		row.put("XK_NR", "预包装食品（含冷藏冷冻食品）销售");
		row.put("XK_JDRQ", this.today.minusDays(1).toString());
		row.put("XK_XKJG", "广州市市场监督管理局");
		row.put("XK_XKJGDM", io.gongxin.support.Penalties.AUTHORITY);
		row.put("XK_LYDW", "广州市市场监督管理局");
		row.put("XK_LYDWDM", io.gongxin.support.Penalties.AUTHORITY);
		return row;
	}

	private BatchReceipt submit(List<Map<String, String>> rows) {
		return SystemActor.callAs("test", () -> this.ingestion.submitRows(MARKET, "XZCF", rows, Channel.API));
	}

	private boolean acknowledged(List<String> documents) {
		Set<String> held = heldByDocument().keySet();
		List<OwedItem> open = new ArrayList<>(this.reporting.items("GD_PROVINCE", ItemState.QUEUED, null, 200));
		open.addAll(this.reporting.items("GD_PROVINCE", ItemState.SENT, null, 200));
		return held.containsAll(documents)
				&& open.stream().noneMatch(item -> documents.contains(item.documentNumber()));
	}

	private Map<String, Map<String, String>> heldByDocument() {
		Map<String, Map<String, String>> byDocument = new java.util.HashMap<>();
		this.province.rows().values().stream().filter(row -> !row.containsKey("撤回原因")).forEach(row -> {
			byDocument.put(row.get(DOCUMENT), row);
		});
		return byDocument;
	}

	private List<RejectedRow> problemRows(String document) {
		return SystemActor.callAs("test", () -> this.ingestion.openRejections(MARKET, 0, 1000))
			.stream()
			.filter(row -> document.equals(row.raw().get("CF_WSH")))
			.toList();
	}

	private List<Task> tasks() {
		return this.inbox.unfinished(MARKET, null, 100);
	}

	/** Waits, sending what is owed now rather than at the next scheduled minute. */
	private void await(BooleanSupplier condition, String what) throws Exception {
		ChildPlatform.await(() -> {
			SystemActor.runAs("test",
					() -> this.reporting.targets()
						.stream()
						.filter(Target::active)
						.forEach(target -> this.reporting.sendNow(target.code())));
			return condition.getAsBoolean();
		}, Duration.ofSeconds(60), what);
	}

}
