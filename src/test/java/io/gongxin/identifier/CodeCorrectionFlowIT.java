package io.gongxin.identifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.creditfile.Filing;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer corrects a code through 重错码 governance; the subject register, which owns
 * codes, keeps the old one as an alias, so filings under the old and the new code both
 * reach the same subject, and governance (a read model of the register's events) still
 * counts duplicates, invalid and corrected codes.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeCorrectionFlowIT {

	static final String NAME = "广州市荔湾区更正贸易有限公司";

	/**
	 * The code the department first filed under (a real-looking, all-digit, valid code).
	 */
	static final String OLD = allDigitUscc("91440103");

	/** The code the registering authority confirmed. */
	static final String NEW = CheckCharacters.uscc("91440103MA5CRTE1");

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
	IdentifierRegistry registry;

	@Autowired
	JdbcClient jdbc;

	Filing clerk;

	String officer;

	@BeforeAll
	void setUp() {
		this.clerk = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void filingsUnderTheOldAndTheNewCodeReachTheSubjectAndTheFiguresComeFromTheReadModel() throws Exception {
		this.clerk.penalties(List.of(aPenalty().against(NAME, OLD).document("穗荔市监罚〔2026〕11号").row()));
		SubjectId subject = this.subjects.findByKey(SubjectKey.uscc(OLD)).map(Subject::id).orElseThrow();
		// governance learns of the subject from the register's event
		Registration registration = await(() -> this.registry.findByCode(OLD).stream().findFirst().orElse(null));
		assertThat(registration.subjectId()).isEqualTo(subject.value());
		assertThat(registration.verdict()).isEqualTo(Verdict.VALID);

		this.mvc
			.perform(post("/api/identifiers/registrations/" + registration.id() + "/corrections")
				.header("X-API-Key", this.officer)
				.contentType("application/json")
				.content("{\"code\": \"" + NEW + "\", \"reason\": \"登记机关核实：原代码录入错误\", \"version\": "
						+ registration.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(NEW))
			.andExpect(jsonPath("$.corrected").value(true));

		String person = CheckCharacters.citizenId("44010319870615231");
		this.clerk.penalties(List.of(aPenalty().against(NAME, OLD).document("穗荔市监罚〔2026〕12号").row(),
				aPenalty().against(NAME, NEW).document("穗荔市监罚〔2026〕13号").row(),
				aPenalty().againstPerson("黄志明", person)
					.document("穗荔市监罚〔2026〕14号")
					.fine("0.5")
					.conduct("无照经营", "当事人未取得营业执照从事经营活动。")
					.row()));
		// natural persons are neither governed nor written into the event publication
		// registry
		assertThat(this.subjects.findByKey(SubjectKey.citizenId(person))).isPresent();
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
			.param("id", "%" + person + "%")
			.query(Integer.class)
			.single()).isZero();

		assertThat(this.jdbc.sql("""
				SELECT DISTINCT subject_id FROM ingest_record
				WHERE document_number IN ('穗荔市监罚〔2026〕11号', '穗荔市监罚〔2026〕12号', '穗荔市监罚〔2026〕13号')
				""").query(Long.class).list()).containsExactly(subject.value());
		assertThat(this.jdbc.sql("SELECT count(*) FROM ingest_record WHERE subject_id = :id")
			.param("id", subject.value())
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(this.subjects.get(subject).currentKey()).isEqualTo(SubjectKey.uscc(NEW));
		assertThat(this.subjects.findByKey(SubjectKey.uscc(OLD)).map(Subject::id)).contains(subject);
		assertThat(auditCount("subject.key.correct")).isEqualTo(1);
		assertThat(auditCount("identifier.correct")).isEqualTo(1);

		// an invalid code entered by hand, and a second organisation corrected onto NEW
		String invalid = OLD.substring(0, 17) + ((OLD.charAt(17) == '1') ? '2' : '1');
		this.mvc
			.perform(post("/api/identifiers/registrations").header("X-API-Key", this.officer)
				.contentType("application/json")
				.content("{\"code\": \"" + invalid
						+ "\", \"subjectName\": \"广州市荔湾区错码商行\", \"subjectType\": \"LEGAL_ENTITY\","
						+ " \"authority\": \"荔湾区市场监管局\", \"division\": \"440103\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verdict").value("INVALID"));
		String otherCode = CheckCharacters.uscc("91440103MA5CRTE2");
		long other = this.registry
			.register(otherCode, "广州市荔湾区另一贸易有限公司", HolderCategory.LEGAL_ENTITY, "荔湾区市场监管局", new DivisionCode("440103"),
					null)
			.id();
		this.mvc
			.perform(post("/api/identifiers/registrations/" + other + "/corrections").header("X-API-Key", this.officer)
				.contentType("application/json")
				.content("{\"code\": \"" + NEW + "\", \"reason\": \"依营业执照更正\", \"version\": 0}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/identifiers/duplicates").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(NEW))
			.andExpect(jsonPath("$[0].registrations.length()").value(2));
		this.mvc.perform(get("/api/identifiers/quality").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].total").value(3))
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].invalid").value(1))
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].duplicate").value(2))
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].defective").value(3))
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].corrected").value(2));
		// the register's own correction events, applied after commit, change nothing
		Thread.sleep(500);
		assertThat(this.registry.findByCode(NEW)).hasSize(2);
		assertThat(this.registry.quality().get(this.registry.quality().size() - 1).corrected()).isEqualTo(2);
	}

	private int auditCount(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action")
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	/** Polls until the read model, fed after commit, has caught up. */
	private static <T> T await(Supplier<T> read) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		T value = read.get();
		while (value == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			value = read.get();
		}
		assertThat(value).as("read model caught up").isNotNull();
		return value;
	}

	static String allDigitUscc(String first8) {
		for (int serial = 1;; serial++) {
			String code = CheckCharacters.uscc(first8 + String.format("%08d", serial));
			if (code.chars().allMatch(Character::isDigit)) {
				return code;
			}
		}
	}

}
