package io.gongxin.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The free 公共信用信息报告（公示版） downloaded from an organisation's portal page: it holds what the
 * portal shows and nothing else, verifies like every report, is audited, and is limited
 * per client address.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportIT {

	static final String USCC = CheckCharacters.uscc("91440101MA5GXB01");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	AuditLog audit;

	long company;

	long person;

	String representativeId = CheckCharacters.citizenId("44010619790615331");

	@BeforeAll
	void file() throws Exception {
		Filing filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		LocalDate today = LocalDate.now();
		String personId = CheckCharacters.citizenId("44010619920202567");
		JsonNode receipt = filing.penalties(List.of(
				aPenalty().against("广州公示版报告测试有限公司", USCC)
					.document("穗市监罚〔2026〕5101号")
					.fine("3")
					.conduct("虚假宣传", "经查，法定代表人（身份证号" + this.representativeId + "）组织发布虚假广告。")
					.decidedOn(today)
					.row(),
				// a warning: 轻微, never published
				aPenalty().against("广州公示版报告测试有限公司", USCC).document("穗市监罚〔2026〕5102号").decidedOn(today).row(),
				// its publicity is over (12 months under the regime of its day)
				aPenalty().against("广州公示版报告测试有限公司", USCC)
					.document("穗市监罚〔2022〕5103号")
					.fine("2")
					.decidedOn(today.minusYears(4))
					.row(),
				aPenalty().againstPerson("李四光", personId)
					.document("穗市监罚〔2026〕5104号")
					.fine("0.5")
					.decidedOn(today)
					.row()));
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(4);
		this.company = this.subjects.findByKey(SubjectKey.uscc(USCC)).orElseThrow().id().value();
		this.person = this.subjects.findByKey(SubjectKey.citizenId(personId)).orElseThrow().id().value();
		filing.await("/portal/subjects/" + this.company + "?tab=xzcf", null, body -> body.contains("5101号"));
	}

	@Test
	void theSubjectPageOffersTheFreeReport() throws Exception {
		String page = this.mvc.perform(from("10.3.0.1", get("/portal/subjects/" + this.company)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/portal/subjects/" + this.company + "/report.pdf\"")
			.contains("下载公共信用信息报告（公示版，免费）");
	}

	@Test
	void theReportHoldsWhatThePortalShowsAndNothingThatIsNotPublic() throws Exception {
		MvcResult result = download("10.3.0.2");
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String text = ReportPdfs.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s+", "");
		assertThat(text).contains("公共信用信息报告（公示版）")
			.contains("广州公示版报告测试有限公司")
			.contains(USCC)
			.contains("穗市监罚〔2026〕5101号")
			.contains("数据来源单位广州市市场监督管理局")
			.contains("申请方式：信用门户免费下载")
			.doesNotContain("穗市监罚〔2026〕5102号")
			.doesNotContain("穗市监罚〔2022〕5103号")
			.doesNotContain("5104号")
			.doesNotContain(this.representativeId)
			.doesNotContain("批次");
	}

	@Test
	void theReportVerifiesAndItsIssueIsAudited() throws Exception {
		Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
		MvcResult result = download("10.3.0.3");
		String number = result.getResponse().getHeader("X-Report-Number");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(ReportPdfs.qr(pdf)).endsWith("/verify/" + number);

		String verification = this.mvc.perform(get("/verify/" + number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(verification).contains("核验通过").contains("公共信用信息报告（公示版）").contains("广州公示版报告测试有限公司");
		String compared = this.mvc
			.perform(multipart("/verify/" + number).file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(compared).contains("逐字节一致");

		List<AuditRecord> issued = this.audit.search(null, "report.issue", "S" + this.company, before, null,
				Long.MAX_VALUE, 50);
		assertThat(issued).anySatisfy(entry -> {
			assertThat(entry.targetId()).isEqualTo(number);
			assertThat(entry.actor()).isEqualTo("anonymous");
			assertThat(entry.clientAddress()).isEqualTo("10.3.0.3");
			assertThat(entry.details()).contains("type=PUBLIC").contains("信用门户免费下载");
		});
	}

	@Test
	void downloadsAreLimitedPerClientAddressWithAChinesePageOrAProblem() throws Exception {
		String client = "10.3.0.9";
		int allowed = 0;
		MvcResult refused = null;
		for (int i = 0; i < 10 && refused == null; i++) {
			MvcResult result = this.mvc
				.perform(from(client, get("/portal/subjects/" + this.company + "/report.pdf").accept("text/html")))
				.andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(5);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getResponse().getContentType()).startsWith("text/html");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("访问过于频繁")
			.contains("信用报告下载过于频繁，请稍后再试")
			.contains("GX-PRT-005");

		MvcResult problem = this.mvc
			.perform(from(client, get("/portal/subjects/" + this.company + "/report.pdf").accept("application/json")))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(this.json.readTree(problem.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.get("code")
			.asText()).isEqualTo("GX-PRT-005");
		// another client is not affected
		download("10.3.0.10");
	}

	@Test
	void aPersonHasNoPublicReport() throws Exception {
		this.mvc.perform(from("10.3.0.4", get("/portal/subjects/" + this.person + "/report.pdf")))
			.andExpect(status().isNotFound());
		this.mvc.perform(from("10.3.0.4", get("/portal/subjects/0/report.pdf"))).andExpect(status().isNotFound());
	}

	private MvcResult download(String client) throws Exception {
		return this.mvc.perform(from(client, get("/portal/subjects/" + this.company + "/report.pdf")))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

}
