package io.gongxin.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching by code on the portal page, the public JSON API and the officer console:
 * every shape of code is looked up exactly, including all-digit USCCs (most real codes)
 * and codes corrected away; citizen ids only for officers.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeSearchIT {

	static final String ALL_DIGIT_USCC = allDigitUscc("91440101");

	static final String LETTERED_USCC = CheckCharacters.uscc("91440106MA5CKTC1");

	static final String ORG_CODE = "MA5CKTC2" + CheckCharacters.uscc("91440106MA5CKTC2").charAt(16);

	static final String REGISTRATION_NUMBER = "440106600123458";

	static final String CITIZEN_ID = CheckCharacters.citizenId("44010619850312003");

	/** Registered first under a mistyped code, then corrected. */
	static final String MISTYPED = allDigitUscc("92440104");

	static final String CORRECTED = allDigitUscc("92440105");

	@Autowired
	MockMvc mvc;

	@Autowired
	Subjects subjects;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String officer;

	@BeforeAll
	void register() {
		SystemActor.runAs("test", () -> {
			organisation(SubjectType.ENTERPRISE, "广州数码码通贸易有限公司", SubjectKey.uscc(ALL_DIGIT_USCC));
			organisation(SubjectType.ENTERPRISE, "广州字母信息科技有限公司", SubjectKey.uscc(LETTERED_USCC));
			organisation(SubjectType.PUBLIC_INSTITUTION, "广州市天河区档案馆",
					new SubjectKey(SubjectKey.Kind.ORG_CODE, ORG_CODE));
			organisation(SubjectType.INDIVIDUAL_BUSINESS, "广州市海珠区老陈粉面店",
					new SubjectKey(SubjectKey.Kind.REGISTRATION_NUMBER, REGISTRATION_NUMBER));
			this.subjects.register(NewSubject.of(SubjectType.NATURAL_PERSON, "陈志强", SubjectKey.citizenId(CITIZEN_ID)),
					"test");
			SubjectId corrected = organisation(SubjectType.INDIVIDUAL_BUSINESS, "广州市越秀区纠错五金店",
					SubjectKey.uscc(MISTYPED));
			this.subjects.correctKey(corrected, SubjectKey.uscc(CORRECTED), "登记机关核实后更正", "test");
		});
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void anAllDigitUsccFindsItsSubjectOnThePortalTheApiAndTheConsole() throws Exception {
		assertFoundEverywhere(ALL_DIGIT_USCC, "广州数码码通贸易有限公司");
	}

	@Test
	void aUsccWithLettersAndAnOrganisationCodeAndARegistrationNumberFindTheirSubjects() throws Exception {
		assertFoundEverywhere(LETTERED_USCC, "广州字母信息科技有限公司");
		assertFoundEverywhere(ORG_CODE, "广州市天河区档案馆");
		assertFoundEverywhere(ORG_CODE.substring(0, 8) + "-" + ORG_CODE.charAt(8), "广州市天河区档案馆");
		assertFoundEverywhere(REGISTRATION_NUMBER, "广州市海珠区老陈粉面店");
	}

	@Test
	void theCodeCorrectedAwayAndTheCorrectedCodeBothFindTheSubject() throws Exception {
		assertFoundEverywhere(MISTYPED, "广州市越秀区纠错五金店");
		assertFoundEverywhere(CORRECTED, "广州市越秀区纠错五金店");
	}

	@Test
	void aCitizenIdFindsThePersonForAnOfficerAndNothingForThePublic() throws Exception {
		assertThat(body("/api/subjects?q=" + CITIZEN_ID, this.officer)).contains("陈志强");
		assertThat(body("/console/credit-files?q=" + CITIZEN_ID, this.officer)).contains("陈志强");
		assertThat(body("/api/public/search?q=" + CITIZEN_ID, null)).isEqualTo("[]");
		assertThat(body("/api/public/subjects?q=" + CITIZEN_ID, null)).isEqualTo("[]");
		assertThat(body("/portal/search?q=" + CITIZEN_ID, null)).doesNotContain("陈志强").contains("没有找到相符的主体");
	}

	@Test
	void anOfficersCodeSearchThatFindsAPersonIsAudited() throws Exception {
		body("/api/subjects?q=" + CITIZEN_ID, this.officer);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'subject.search.person'")
			.query(Integer.class)
			.single()).isPositive();
	}

	private void assertFoundEverywhere(String code, String name) throws Exception {
		assertThat(body("/portal/search?q=" + code, null)).as("portal page, %s", code).contains(name);
		assertThat(body("/api/public/search?q=" + code, null)).as("public API, %s", code).contains(name);
		assertThat(body("/console/credit-files?q=" + code, this.officer)).as("console, %s", code).contains(name);
	}

	private String body(String path, String apiKey) throws Exception {
		var request = get(path);
		if (apiKey != null) {
			request = request.header("X-API-Key", apiKey);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private SubjectId organisation(SubjectType type, String name, SubjectKey key) {
		return this.subjects.register(new NewSubject(type, name, key, "陈建国", SubjectStatus.ACTIVE, "440100",
				"广州市市场监督管理局", LocalDate.of(2016, 4, 12)), "test");
	}

	/**
	 * The first all-digit code after the given 8 characters (check characters computed).
	 */
	static String allDigitUscc(String first8) {
		for (int serial = 1;; serial++) {
			String code = CheckCharacters.uscc(first8 + String.format("%08d", serial));
			if (code.chars().allMatch(Character::isDigit)) {
				return code;
			}
		}
	}

}
