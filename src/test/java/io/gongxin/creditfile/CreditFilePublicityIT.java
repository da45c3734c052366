package io.gongxin.creditfile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A penalty filed today reaches the portal for the period its tier allows, leaves it by
 * itself when the (test) clock passes the end, stays in the officer's view, and leaves at
 * once when revoked.
 */
@GongxinIntegrationTest
@Import(CreditFilePublicityIT.ControllableTime.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditFilePublicityIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@TestConfiguration(proxyBeanMethods = false)
	static class ControllableTime {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

		@Bean
		EndedEvents endedEvents() {
			return new EndedEvents();
		}

	}

	static final class MutableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		void advance(Duration by) {
			this.offset.updateAndGet(current -> current.plus(by));
		}

		void reset() {
			this.offset.set(Duration.ZERO);
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.offset(Clock.system(zone), this.offset.get());
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

	static final class EndedEvents {

		final List<PublicityEnded> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(PublicityEnded event) {
			this.seen.add(event);
		}

	}

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
	MutableClock clock;

	@Autowired
	EndedEvents ended;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	JdbcTemplate jdbc;

	Filing filing;

	String officer;

	String admin;

	@BeforeAll
	void setUp() {
		this.filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPenaltyFiledTodayIsPublishedForItsTiersPeriodThenEndsByItselfButStaysInTheOfficersView() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String uscc = CheckCharacters.uscc("91440101MA5PUBA1");
		this.filing.penalties(List
			.of(aPenalty().against("广州公示期测试有限公司", uscc).document("穗市监罚〔2026〕901号").fine("2.5").decidedOn(today).row()));
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();

		String page = this.filing.await("/portal/subjects/" + id + "?tab=xzcf", null,
				body -> body.contains("穗市监罚〔2026〕901号"));
		assertThat(page).contains("广州公示期测试有限公司").contains("罚款人民币2.5万元");

		JsonNode item = officerItem(id, "穗市监罚〔2026〕901号");
		LocalDate lastDay = today.plusMonths(12).minusDays(1);
		assertThat(item.at("/publicity/tier").asText()).isEqualTo("GENERAL");
		assertThat(item.at("/publicity/regime").asText()).isEqualTo("FGW-LING-2025-36");
		assertThat(item.at("/publicity/until").asText()).isEqualTo(lastDay.toString());
		assertThat(item.at("/publicity/repairableFrom").asText()).isEqualTo(today.plusMonths(3).toString());
		assertThat(item.at("/providerCode").asText()).isEqualTo(Filing.PROVIDER);
		assertThat(item.at("/batchId").asText()).isNotBlank();
		assertThat(item.at("/catalogVersion").asLong()).isPositive();

		// the last day is still a day of publicity
		this.clock.advance(Duration.between(this.clock.instant(), lastDay.atTime(12, 0).atZone(ZONE).toInstant()));
		assertThat(LocalDate.now(this.clock)).isEqualTo(lastDay);
		assertThat(this.creditFiles.endDuePublicity()).isZero();
		assertThat(publicPage(id)).contains("穗市监罚〔2026〕901号");

		this.clock.advance(Duration.ofDays(1));
		JsonNode run = readJson(
				this.mvc.perform(post("/api/admin/credit-files/end-due-publicity").header("X-API-Key", this.admin))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(run.get("ended").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(this.ended.seen).anyMatch(e -> e.subjectId().value() == id && e.lastDay().equals(lastDay));
		assertThat(publicPage(id)).doesNotContain("穗市监罚〔2026〕901号").contains("暂无公示中的行政处罚信息");
		assertThat(officerItem(id, "穗市监罚〔2026〕901号").at("/publicity/status").asText()).isEqualTo("ENDED");

		// ending is idempotent: a second run finds nothing and publishes nothing
		int events = this.ended.seen.size();
		assertThat(this.creditFiles.endDuePublicity()).isZero();
		assertThat(this.ended.seen).hasSize(events);
	}

	@Test
	void aSeriousPenaltyIsPublishedForThreeYearsAndAWarningNotAtAll() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String uscc = CheckCharacters.uscc("91440101MA5PUBB2");
		this.filing.penalties(List.of(
				aPenalty().against("广州严重失信测试有限公司", uscc).document("穗市监罚〔2026〕911号").fine("150").decidedOn(today).row(),
				aPenalty().against("广州严重失信测试有限公司", uscc).document("穗市监罚〔2026〕912号").decidedOn(today).row()));
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		this.filing.await("/api/credit-files/" + id, this.officer, body -> body.contains("穗市监罚〔2026〕912号"));
		JsonNode serious = officerItem(id, "穗市监罚〔2026〕911号");
		assertThat(serious.at("/publicity/tier").asText()).isEqualTo("SERIOUS");
		assertThat(serious.at("/publicity/until").asText()).isEqualTo(today.plusMonths(36).minusDays(1).toString());
		assertThat(serious.at("/publicity/tierRule").asText()).contains("100");
		JsonNode warning = officerItem(id, "穗市监罚〔2026〕912号");
		assertThat(warning.at("/publicity/tier").asText()).isEqualTo("MINOR");
		assertThat(warning.at("/publicity/status").asText()).isEqualTo("NOT_PUBLISHED");
		assertThat(publicPage(id)).contains("穗市监罚〔2026〕911号").doesNotContain("穗市监罚〔2026〕912号");
	}

	@Test
	void aRevokedPenaltyLeavesThePortalAtOnceButNotTheOfficersView() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String uscc = CheckCharacters.uscc("91440101MA5PUBC3");
		this.filing.penalties(List
			.of(aPenalty().against("广州撤销公示测试有限公司", uscc).document("穗市监罚〔2026〕921号").fine("3").decidedOn(today).row()));
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		this.filing.await("/api/public/credit-files/" + id, null, body -> body.contains("穗市监罚〔2026〕921号"));

		this.filing.revoke("穗市监罚〔2026〕921号", "经行政复议决定撤销");
		this.filing.await("/api/public/credit-files/" + id, null, body -> !body.contains("穗市监罚〔2026〕921号"));
		JsonNode item = officerItem(id, "穗市监罚〔2026〕921号");
		assertThat(item.at("/publicity/status").asText()).isEqualTo("REVOKED");
		assertThat(item.at("/recordEndReason").asText()).isEqualTo("经行政复议决定撤销");
	}

	@Test
	void rebuildingTheProjectionChangesNothingAndRestoresALostOne() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5PUBD4");
		this.filing.penalties(List.of(aPenalty().against("广州重建测试有限公司", uscc)
			.document("穗市监罚〔2026〕931号")
			.fine("1")
			.decidedOn(LocalDate.now(this.clock))
			.row()));
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		// settled: the penalty in the file and, from another listener, the legal
		// representative it names on the subject
		String before = this.filing.await("/api/public/credit-files/" + id, null,
				body -> body.contains("穗市监罚〔2026〕931号") && body.contains("\"legalRepresentative\":\"王小明\""));
		long size = this.creditFiles.size();
		this.mvc.perform(post("/api/admin/credit-files/rebuild").header("X-API-Key", this.admin))
			.andExpect(status().isOk());
		assertThat(this.creditFiles.size()).isEqualTo(size);
		assertThat(publicJson(id)).isEqualTo(before);

		// a lost projection comes back whole from the accepted records
		this.jdbc.update("DELETE FROM creditfile_item");
		assertThat(this.creditFiles.size()).isZero();
		assertThat(this.creditFiles.rebuild()).isEqualTo(size);
		assertThat(publicJson(id)).isEqualTo(before);
	}

	private String publicPage(long id) throws Exception {
		return this.mvc.perform(get("/portal/subjects/" + id + "?tab=xzcf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String publicJson(long id) throws Exception {
		return this.mvc.perform(get("/api/public/credit-files/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private JsonNode officerItem(long subjectId, String documentNumber) throws Exception {
		JsonNode file = readJson(this.filing.await("/api/credit-files/" + subjectId, this.officer,
				body -> body.contains(documentNumber)));
		for (JsonNode item : file.get("items")) {
			if (item.get("documentNumber").asText().equals(documentNumber)) {
				return item;
			}
		}
		throw new AssertionError("no item " + documentNumber);
	}

	private JsonNode readJson(String body) {
		return this.json.readTree(body);
	}

}
