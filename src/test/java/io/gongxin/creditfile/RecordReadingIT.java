package io.gongxin.creditfile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Penalties filed the way the national layout allows — code-list values as labels, dates
 * with slashes — are understood downstream exactly as if filed with codes and ISO dates:
 * tier, regime and publicity end come out right, and intake stores the one spelling.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordReadingIT {

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
	JdbcTemplate jdbc;

	Filing filing;

	String officer;

	@BeforeAll
	void setUp() {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void aWarningFiledByItsLabelUnderThe2026RegimeIsMinorAndNotPublished() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RDA01");
		long id = file(aPenalty().against("广州标签警告测试有限公司", uscc)
			.document("穗市监罚〔2026〕5101号")
			.with("CF_CFLB", "警告")
			.with("CF_JDRQ", "2026/4/1")
			.with("CF_YXQ", "2027/4/1")
			.row(), uscc);
		JsonNode item = officerItem(id, "穗市监罚〔2026〕5101号");
		assertThat(item.at("/publicity/tier").asText()).isEqualTo("MINOR");
		assertThat(item.at("/publicity/regime").asText()).isEqualTo("FGW-LING-2025-36");
		assertThat(item.at("/publicity/status").asText()).isEqualTo("NOT_PUBLISHED");
		assertThat(item.at("/decisionDate").asText()).isEqualTo("2026-04-01");
		assertThat(publicJson(id)).doesNotContain("穗市监罚〔2026〕5101号");
		// intake stored the one spelling; people still read the label
		assertThat(storedField("穗市监罚〔2026〕5101号", "CF_CFLB")).isEqualTo("01");
		assertThat(storedField("穗市监罚〔2026〕5101号", "CF_JDRQ")).isEqualTo("2026-04-01");
		assertThat(field(item, "CF_CFLB")).isEqualTo("警告");
	}

	@Test
	void aWarningFiledByItsLabelBeforeApril2026StaysPublishedUnderOrder58() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RDB02");
		long id = file(aPenalty().against("广州旧规警告测试有限公司", uscc)
			.document("穗市监罚〔2026〕5102号")
			.with("CF_CFLB", "警告")
			.decidedOn(LocalDate.of(2026, 3, 31))
			.row(), uscc);
		JsonNode item = officerItem(id, "穗市监罚〔2026〕5102号");
		assertThat(item.at("/publicity/tier").asText()).isEqualTo("MINOR");
		assertThat(item.at("/publicity/regime").asText()).isEqualTo("FGW-LING-58");
		assertThat(item.at("/publicity/status").asText()).isEqualTo("PUBLISHED");
		this.filing.await("/api/public/credit-files/" + id, null, body -> body.contains("穗市监罚〔2026〕5102号"));
	}

	@Test
	void aRevocationOfLicenceFiledByItsLabelIsSerious() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RDC03");
		long id = file(aPenalty().against("广州吊销许可测试有限公司", uscc)
			.document("穗市监罚〔2026〕5103号")
			.with("CF_CFLB", "罚款；吊销许可证件")
			.with("CF_NR_FK", "5")
			.with("CF_NR_ZKDX", "食品经营许可证（JY14401060012345）")
			.decidedOn(LocalDate.of(2026, 10, 9))
			.row(), uscc);
		JsonNode item = officerItem(id, "穗市监罚〔2026〕5103号");
		assertThat(item.at("/publicity/tier").asText()).isEqualTo("SERIOUS");
		assertThat(item.at("/publicity/tierRule").asText()).contains("吊销许可证件");
		assertThat(item.at("/publicity/until").asText()).isEqualTo("2029-10-08");
		assertThat(storedField("穗市监罚〔2026〕5103号", "CF_CFLB")).isEqualTo("03;08");
		assertThat(field(item, "CF_CFLB")).isEqualTo("罚款、吊销许可证件");
	}

	@Test
	void aSlashedPublicityEndEndsPublicityOnThatDate() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RDD04");
		long id = file(aPenalty().against("广州公示截止测试有限公司", uscc)
			.document("穗市监罚〔2026〕5104号")
			.fine("2")
			.decidedOn(LocalDate.of(2026, 10, 12))
			.with("CF_GSJZQ", "2027/1/15")
			.row(), uscc);
		JsonNode item = officerItem(id, "穗市监罚〔2026〕5104号");
		assertThat(item.at("/publicity/tier").asText()).isEqualTo("GENERAL");
		assertThat(item.at("/publicity/until").asText()).isEqualTo("2027-01-15");
		assertThat(item.at("/publicity/note").asText()).contains("按报送的公示截止期");
		assertThat(storedField("穗市监罚〔2026〕5104号", "CF_GSJZQ")).isEqualTo("2027-01-15");
	}

	@Test
	void everyDateSpellingOfTheNationalFilesIsReadTheSameWay() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RDE05");
		List<String> spellings = List.of("2026年10月13日", "20261013", "2026.10.13", "2026-10-13 00:00:00");
		int n = 0;
		for (String spelling : spellings) {
			this.filing.penalties(List.of(aPenalty().against("广州日期写法测试有限公司", uscc)
				.document("穗市监罚〔2026〕52" + (n++) + "号")
				.fine("1")
				.with("CF_JDRQ", spelling)
				.with("CF_YXQ", "2027/10/13")
				.row()));
		}
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		for (int i = 0; i < spellings.size(); i++) {
			JsonNode item = officerItem(id, "穗市监罚〔2026〕52" + i + "号");
			assertThat(item.at("/decisionDate").asText()).as(spellings.get(i)).isEqualTo("2026-10-13");
			assertThat(item.at("/publicity/until").asText()).as(spellings.get(i)).isEqualTo("2027-10-12");
		}
	}

	private long file(java.util.Map<String, String> row, String uscc) throws Exception {
		JsonNode receipt = this.filing.penalties(List.of(row));
		assertThat(receipt.at("/accepted").asInt()).as(receipt.toString()).isEqualTo(1);
		return this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
	}

	private String storedField(String document, String code) {
		return this.jdbc.queryForObject(
				"SELECT fields ->> ? FROM ingest_record WHERE document_number = ? AND status = 'ACTIVE'", String.class,
				code, document);
	}

	private static String field(JsonNode item, String code) {
		for (JsonNode field : item.get("fields")) {
			if (field.get("code").asText().equals(code)) {
				return field.get("value").asText();
			}
		}
		return null;
	}

	private JsonNode officerItem(long subjectId, String document) throws Exception {
		String body = this.filing.await("/api/credit-files/" + subjectId, this.officer,
				page -> page.contains(document));
		for (JsonNode item : this.json.readTree(body).get("items")) {
			if (item.get("documentNumber").asText().equals(document)) {
				return item;
			}
		}
		throw new AssertionError("no item " + document + " in " + body);
	}

	private String publicJson(long subjectId) throws Exception {
		return this.mvc.perform(get("/api/public/credit-files/" + subjectId))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
