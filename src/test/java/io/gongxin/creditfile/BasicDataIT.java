package io.gongxin.creditfile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The basic data (基本信息) a licence, a registration record and a penalty state reaches the
 * portal's subject page and the credit reports, from the newest source with its
 * provenance.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasicDataIT {

	static final String SCJG = "GZ-SCJGJ";

	static final String SCJG_USCC = CheckCharacters.uscc("11440100MB2C9238");

	/** An all-digit code of a limited company. */
	static final String MINGDE = "914401010510000003";

	/** An all-digit code of an individual business (9 2 …). */
	static final String LAOCHEN = "924401060010000024";

	static final Pattern REPRESENTATIVE = Pattern.compile("id=\"legal-representative\">([^<]*)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Subjects subjects;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	Clock clock;

	String clerk;

	String officer;

	LocalDate today;

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test",
				() -> this.providers.register(new Provider(SCJG, "广州市市场监督管理局", SCJG_USCC, "440100", true, 0)));
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, SCJG);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void aLicenceNamesTheRepresentativeUntilALaterRegistrationRecordAndAnOlderRecordFiledLaterDoesNotUndoIt()
			throws Exception {
		String name = "广州市越秀区明德精密机械有限公司";
		file("XZXK",
				licence(name, MINGDE, "1", "穗越市监许〔2026〕1108号", this.today.minusDays(20)).with("XK_FRDB", "张建华").row());
		SubjectId id = subjectOf(MINGDE);
		awaitBasicData(id, data -> data.fact(Kind.LEGAL_REPRESENTATIVE).isPresent());

		String page = portal(id);
		assertThat(representativeOn(page)).isEqualTo("张建华");
		assertThat(page).contains("法定代表人（负责人）").contains("来源：行政许可信息，广州市市场监督管理局，文书号 穗越市监许〔2026〕1108号");
		assertThat(pdfText(organisationReport(id))).contains("法定代表人/负责人张建华").contains("来源：行政许可信息");

		file("DJZC", registration(name, MINGDE, "ENTERPRISE", "李文博", "2015/3/8", "广州市越秀区中山五路33号大马站商业中心501室", "存续"));
		awaitBasicData(id,
				data -> data.fact(Kind.LEGAL_REPRESENTATIVE).map(f -> f.value().equals("李文博")).orElse(false));
		page = portal(id);
		assertThat(representativeOn(page)).isEqualTo("李文博");
		String filedOn = this.today.getYear() + "年" + two(this.today.getMonthValue()) + "月"
				+ two(this.today.getDayOfMonth()) + "日";
		assertThat(page).contains("2015年03月08日")
			.contains("广州市越秀区中山五路33号大马站商业中心501室")
			.contains("存续")
			.contains("来源：登记注册基本信息，广州市市场监督管理局，信息日期 " + filedOn)
			.doesNotContain("张建华");
		String report = pdfText(organisationReport(id));
		assertThat(report).contains("法定代表人/负责人李文博")
			.contains("成立日期2015年03月08日")
			.contains("住所广州市越秀区中山五路33号大马站商业中心501室")
			.contains("登记状态存续")
			.contains("来源：登记注册基本信息，广州市市场监督管理局，信息日期" + filedOn)
			.doesNotContain("张建华");
		assertThat(pdfText(noViolationReport(id))).contains("公共信用信息报告（无违法违规证明版）")
			.contains("法定代表人/负责人李文博")
			.contains("成立日期2015年03月08日");

		// an older licence filed afterwards states the representative of its own day
		file("XZXK",
				licence(name, MINGDE, "1", "穗越市监许〔2024〕0315号", this.today.minusYears(2)).with("XK_FRDB", "陈志远")
					.with("XK_YXQZI", this.today.plusYears(1).toString())
					.row());
		awaitFile(id, file -> file.size() == 3);
		assertThat(this.creditFiles.basicData(id).fact(Kind.LEGAL_REPRESENTATIVE).orElseThrow().value())
			.isEqualTo("李文博");
		page = portal(id);
		assertThat(representativeOn(page)).isEqualTo("李文博");
		assertThat(page).doesNotContain("陈志远");
	}

	@Test
	void aPenaltyDecidedAfterTheRegistrationRecordNamesTheNewRepresentativeAndItsRevocationRestoresTheOld()
			throws Exception {
		String name = "广州市天河区华粤建材贸易有限公司";
		String uscc = CheckCharacters.uscc("91440106MA5CQ7L2");
		file("DJZC", registration(name, uscc, "ENTERPRISE", "周海涛", "2018-06-21", "广州市天河区天河北路233号", "存续"));
		SubjectId id = subjectOf(uscc);
		awaitBasicData(id, data -> data.fact(Kind.LEGAL_REPRESENTATIVE).isPresent());
		file("XZCF",
				io.gongxin.support.Penalties.aPenalty()
					.against(name, uscc)
					.document("穗天市监罚〔2026〕88号")
					.fine("2.5")
					.decidedOn(this.today)
					.with("CF_FRDB", "吴思远")
					.row());
		awaitFile(id, file -> file.size() == 2);
		// the same day: the later-filed penalty wins
		assertThat(this.creditFiles.basicData(id).fact(Kind.LEGAL_REPRESENTATIVE).orElseThrow().value())
			.isEqualTo("吴思远");
		revoke("XZCF", "穗天市监罚〔2026〕88号");
		awaitBasicData(id,
				data -> data.fact(Kind.LEGAL_REPRESENTATIVE).map(f -> f.value().equals("周海涛")).orElse(false));
		assertThat(representativeOn(portal(id))).isEqualTo("周海涛");
	}

	@Test
	void anIndividualBusinessShowsItsOperatorByNameAndNeverTheOperatorsIdNumber() throws Exception {
		String name = "广州市海珠区老陈粉面店";
		String operatorId = CheckCharacters.citizenId("44010519780312451");
		file("XZXK",
				licence(name, LAOCHEN, "3", "穗海市监许〔2026〕2231号", this.today.minusDays(10)).with("XK_XKZS", "食品经营许可证")
					.with("XK_FRDB", "陈国强")
					.with("XK_FR_ZJLX", "001")
					.with("XK_FR_ZJHM", operatorId)
					.row());
		SubjectId id = subjectOf(LAOCHEN);
		awaitBasicData(id, data -> data.fact(Kind.LEGAL_REPRESENTATIVE).isPresent());
		String page = portal(id);
		assertThat(page).contains("<th scope=\"row\">经营者</th>").doesNotContain("法定代表人（负责人）");
		assertThat(representativeOn(page)).isEqualTo("陈国强");
		assertThat(page).doesNotContain(operatorId).doesNotContain(CitizenId.mask(operatorId));
		String report = pdfText(organisationReport(id));
		assertThat(report).contains("经营者陈国强").doesNotContain(operatorId).doesNotContain(CitizenId.mask(operatorId));
	}

	private static String two(int n) {
		return (n < 10) ? "0" + n : String.valueOf(n);
	}

	private Row licence(String name, String uscc, String holderCategory, String document, LocalDate decided) {
		return new Row().with("XK_XDR_MC", name)
			.with("XK_XDR_LB", holderCategory)
			.with("XK_XDR_SHXYM", uscc)
			.with("XK_XKWS", "准予行政许可决定书")
			.with("XK_WSH", document)
			.with("XK_XKLB", "1")
			.with("XK_XKZS", "食品经营许可证")
			.with("XK_XKBH", "JY14401040" + Math.abs(document.hashCode() % 100000))
			.with("XK_NR", "预包装食品（含冷藏冷冻食品）销售")
			.with("XK_JDRQ", decided.toString())
			.with("XK_YXQZ", decided.toString())
			.with("XK_YXQZI", decided.plusYears(5).toString())
			.with("XK_XKJG", "广州市市场监督管理局")
			.with("XK_XKJGDM", SCJG_USCC)
			.with("XK_LYDW", "广州市市场监督管理局")
			.with("XK_LYDWDM", SCJG_USCC);
	}

	private static Map<String, String> registration(String name, String uscc, String type, String representative,
			String founded, String address, String status) {
		return new Row().with("DJ_ZTMC", name)
			.with("DJ_SHXYM", uscc)
			.with("DJ_ZTLX", type)
			.with("DJ_FDDBR", representative)
			.with("DJ_CLRQ", founded)
			.with("DJ_ZCZB", "500")
			.with("DJ_ZS", address)
			.with("DJ_JYFW", "机械设备销售；五金产品批发")
			.with("DJ_DJJG", "广州市市场监督管理局")
			.with("DJ_DJZT", status)
			.row();
	}

	/** A row of field values in the national layout. */
	static final class Row {

		private final Map<String, String> fields = new LinkedHashMap<>();

		Row with(String code, String value) {
			this.fields.put(code, value);
			return this;
		}

		Map<String, String> row() {
			return new LinkedHashMap<>(this.fields);
		}

	}

	private void file(String category, Map<String, String> row) throws Exception {
		JsonNode receipt = postAsClerk("/api/ingest/providers/" + SCJG + "/categories/" + category + "/records",
				this.json.writeValueAsString(List.of(row)));
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(1);
	}

	private void revoke(String category, String document) throws Exception {
		postAsClerk("/api/ingest/providers/" + SCJG + "/categories/" + category + "/revocations",
				this.json.writeValueAsString(List.of(Map.of("documentNumber", document, "reason", "经行政复议决定撤销"))));
	}

	private JsonNode postAsClerk(String path, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(path).header("X-API-Key", this.clerk).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(201);
		return this.json.readTree(answer);
	}

	private SubjectId subjectOf(String uscc) {
		return this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id();
	}

	private String portal(SubjectId id) throws Exception {
		MvcResult result = this.mvc.perform(get("/portal/subjects/" + id.value())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String representativeOn(String page) {
		Matcher matcher = REPRESENTATIVE.matcher(page);
		assertThat(matcher.find()).as("the page shows a representative").isTrue();
		return matcher.group(1);
	}

	private byte[] organisationReport(SubjectId id) throws Exception {
		return report("{\"type\":\"ORGANISATION\",\"subjectId\":" + id.value() + "}");
	}

	private byte[] noViolationReport(SubjectId id) throws Exception {
		return report("{\"type\":\"NO_VIOLATION\",\"subjectId\":" + id.value() + ",\"domains\":[\"SCJG\"]}");
	}

	private byte[] report(String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		return ReportPdfs.text(pdf).replaceAll("\\s+", "");
	}

	/** The credit file is projected asynchronously after the batch commits. */
	private void awaitBasicData(SubjectId id, Predicate<BasicData> condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			if (condition.test(this.creditFiles.basicData(id))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("basic data of " + id + " did not catch up: " + this.creditFiles.basicData(id));
	}

	private void awaitFile(SubjectId id, Predicate<List<CreditFileItem>> condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			if (condition.test(this.creditFiles.fileOf(id))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("credit file of " + id + " did not catch up: " + this.creditFiles.fileOf(id));
	}

}
