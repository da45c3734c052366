package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.ModelSql;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the bundled composite model and every edge of its grade bands, as the
 * compiled SQL computes them on PostgreSQL, on evaluation data written straight into the
 * evaluation's own tables (evaluated on 4 December 2026).
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorRulesIT {

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	static final AtomicLong IDS = new AtomicLong(9_000_000);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ModelStore models;

	EvaluationModel composite;

	EvaluationModel sector;

	@BeforeAll
	void models() {
		this.composite = this.models.published("COMPOSITE");
		this.sector = this.models.published("GGZYJY");
	}

	@Test
	void anEnterpriseWithNothingOnFileAndNoKnownAgeStartsAt76PointsGradeB() {
		Scored scored = score(subject().build());
		assertThat(scored.score()).isEqualTo(76);
		assertThat(scored.grade()).isEqualTo(Grade.B);
		assertThat(scored.points("CLNX")).isZero();
	}

	@Test
	void aPenaltyCostsItsTiersPointsWithinThirtySixMonthsOnly() {
		assertThat(score(subject().record("XZCF", "SERIOUS", DAY.minusDays(1)).build()).points("XZZF")).isEqualTo(10);
		assertThat(score(subject().record("XZCF", "GENERAL", DAY).build()).points("XZZF")).isEqualTo(16);
		assertThat(score(subject().record("XZCF", "MINOR", DAY).build()).points("XZZF")).isEqualTo(20);
		assertThat(score(subject().record("XZCF", null, DAY).build()).points("XZZF")).isEqualTo(16);
		// the window's first day counts, the day before it and a day after the evaluation
		// do not
		LocalDate first = DAY.minusMonths(36).plusDays(1);
		assertThat(score(subject().record("XZCF", "GENERAL", first).build()).points("XZZF")).isEqualTo(16);
		assertThat(score(subject().record("XZCF", "GENERAL", first.minusDays(1)).build()).points("XZZF")).isEqualTo(20);
		assertThat(score(subject().record("XZCF", "GENERAL", DAY.plusDays(1)).build()).points("XZZF")).isEqualTo(20);
		// never below zero
		Builder many = subject();
		for (int i = 0; i < 4; i++) {
			many.record("XZCF", "SERIOUS", DAY.minusDays(i));
		}
		assertThat(score(many.build()).points("XZZF")).isZero();
	}

	@Test
	void judgmentsListsAndArrearsCostTheirPoints() {
		assertThat(score(subject().record("SFZX", null, DAY.minusMonths(2)).build()).points("SFCJ")).isZero();
		assertThat(score(subject().list("WATCH", DAY.minusYears(4)).build()).points("ZDGZ")).isZero();
		assertThat(score(subject().record("SBJF", null, DAY.minusMonths(23)).build()).points("QFGY")).isEqualTo(2);
		assertThat(score(subject().record("SBJF", null, DAY.minusMonths(25)).build()).points("QFGY")).isEqualTo(5);
		assertThat(score(subject().record("GD_GJJQJ", null, DAY.minusDays(3)).build()).points("GJJJC")).isEqualTo(2);
		assertThat(score(subject().list("ABNORMAL_OPERATION", DAY.minusDays(3)).build()).points("JYYC")).isZero();
		assertThat(score(subject().record("XZQZ", null, DAY.minusDays(3)).build()).points("XZQZ")).isEqualTo(1);
		assertThat(score(subject().record("GD_JZBL", null, DAY.minusDays(3)).build()).points("HYBL")).isEqualTo(1);
		// a list entry that is a record of a list category does not count twice as a
		// penalty
		assertThat(score(subject().record("YZSX", null, DAY.minusDays(3)).build()).score()).isEqualTo(76);
	}

	@Test
	void keptCommitmentsAddAndBrokenOnesCostWithinTheirLimits() {
		assertThat(score(subject().commitment("FULFILLED", DAY.minusDays(3)).build()).points("CNJN")).isEqualTo(9);
		assertThat(score(subject().commitment("BROKEN", DAY.minusDays(3)).build()).points("CNJN")).isEqualTo(4);
		Builder kept = subject();
		for (int i = 0; i < 5; i++) {
			kept.commitment("FULFILLED", DAY.minusDays(i + 1));
		}
		assertThat(score(kept.build()).points("CNJN")).isEqualTo(10);
	}

	@Test
	void licencesHonoursPatentsContractsAndVoluntaryInformationAddUpToTheirMaximum() {
		assertThat(score(subject().record("XZXK", null, DAY.minusYears(4)).build()).points("XZZZ")).isEqualTo(3);
		assertThat(score(subject().record("XZXK", null, DAY.minusYears(6)).build()).points("XZZZ")).isEqualTo(2);
		Builder honoured = subject();
		for (int i = 0; i < 3; i++) {
			honoured.record("CXRY", null, DAY.minusMonths(i + 1));
		}
		assertThat(score(honoured.build()).points("CXRY")).isEqualTo(7);
		assertThat(score(subject().record("ZSCQ", null, DAY.minusYears(10)).build()).points("ZSCQ")).isEqualTo(1);
		assertThat(score(subject().record("HTLX", null, DAY.minusDays(9)).build()).points("HTLY")).isEqualTo(4);
		assertThat(score(subject().record("ZYTG", null, DAY.minusDays(9)).build()).points("ZYTG")).isEqualTo(3);
	}

	@Test
	void theYearsSinceRegistrationCountOnTheirAnniversaries() {
		assertThat(score(subject().registered(DAY.minusYears(5)).build()).points("CLNX")).isEqualTo(4);
		assertThat(score(subject().registered(DAY.minusYears(5).plusDays(1)).build()).points("CLNX")).isEqualTo(3);
		assertThat(score(subject().registered(DAY.minusYears(3)).build()).points("CLNX")).isEqualTo(3);
		assertThat(score(subject().registered(DAY.minusYears(1)).build()).points("CLNX")).isEqualTo(1);
		assertThat(score(subject().registered(DAY.minusYears(1).plusDays(1)).build()).points("CLNX")).isZero();
	}

	@Test
	void eachGradeStartsExactlyAtItsBand() {
		// 80 points: nothing on file, registered more than five years ago
		Builder base = subject().registered(DAY.minusYears(8));
		assertThat(score(base.build()).score()).isEqualTo(80);
		long at90 = subject().registered(DAY.minusYears(8))
			.record("CXRY", null, DAY.minusDays(5))
			.record("CXRY", null, DAY.minusDays(6))
			.record("XZXK", null, DAY.minusDays(7))
			.record("XZXK", null, DAY.minusDays(8))
			.record("XZXK", null, DAY.minusDays(9))
			.record("ZYTG", null, DAY.minusDays(10))
			.build();
		assertThat(score(at90)).extracting(Scored::score, Scored::grade).containsExactly(90, Grade.A);
		long at89 = subject().registered(DAY.minusYears(8))
			.record("CXRY", null, DAY.minusDays(5))
			.record("CXRY", null, DAY.minusDays(6))
			.record("XZXK", null, DAY.minusDays(7))
			.record("XZXK", null, DAY.minusDays(8))
			.record("XZXK", null, DAY.minusDays(9))
			.build();
		assertThat(score(at89)).extracting(Scored::score, Scored::grade).containsExactly(89, Grade.B);
		long at75 = subject().registered(DAY.minusYears(8))
			.record("SBJF", null, DAY.minusDays(5))
			.record("XZQZ", null, DAY.minusDays(5))
			.build();
		assertThat(score(at75)).extracting(Scored::score, Scored::grade).containsExactly(75, Grade.B);
		long at74 = subject().registered(DAY.minusYears(8))
			.record("XZCF", "GENERAL", DAY.minusDays(5))
			.record("XZQZ", null, DAY.minusDays(5))
			.build();
		assertThat(score(at74)).extracting(Scored::score, Scored::grade).containsExactly(74, Grade.C);
		long at60 = subject().registered(DAY.minusYears(8))
			.record("SFZX", null, DAY.minusDays(5))
			.list("WATCH", DAY.minusDays(5))
			.build();
		assertThat(score(at60)).extracting(Scored::score, Scored::grade).containsExactly(60, Grade.C);
		long at59 = subject().registered(DAY.minusYears(8))
			.record("SFZX", null, DAY.minusDays(5))
			.list("WATCH", DAY.minusDays(5))
			.record("XZQZ", null, DAY.minusDays(5))
			.record("HTLX", null, DAY.minusDays(5))
			.build();
		assertThat(score(at59)).extracting(Scored::score, Scored::grade).containsExactly(59, Grade.D);
	}

	@Test
	void theSevereDishonestyListCapsTheGradeAtDWhateverTheScore() {
		long listed = subject().registered(DAY.minusYears(8))
			.record("CXRY", null, DAY.minusDays(5))
			.record("CXRY", null, DAY.minusDays(6))
			.record("XZXK", null, DAY.minusDays(7))
			.record("XZXK", null, DAY.minusDays(8))
			.record("XZXK", null, DAY.minusDays(9))
			.record("ZYTG", null, DAY.minusDays(10))
			.list("SEVERE_DISHONESTY", DAY.minusYears(2))
			.build();
		Scored scored = score(listed);
		assertThat(scored.score()).isEqualTo(90);
		assertThat(scored.grade()).isEqualTo(Grade.D);
		assertThat(scored.cap()).isEqualTo(4);
	}

	@Test
	void onlyExistingMarketSubjectsOfTheModelsTypesAreGraded() {
		assertThat(scoreAll(this.composite, subject().inactive().build())).isEmpty();
		assertThat(scoreAll(this.composite, subject().type("SOCIAL_ORGANIZATION").build())).isEmpty();
		long business = subject().type("INDIVIDUAL_BUSINESS").build();
		assertThat(scoreAll(this.composite, business)).hasSize(1);
		// the 公共资源交易 index covers enterprises only
		assertThat(scoreAll(this.sector, business)).isEmpty();
	}

	@Test
	void theSectorModelReadsTheSameEvidenceWithItsOwnRules() {
		long company = subject().record("XZCF", "SERIOUS", DAY.minusDays(3))
			.record("GD_JZBL", null, DAY.minusDays(3))
			.commitment("BROKEN", DAY.minusDays(3))
			.build();
		List<Scored> scored = scoreAll(this.sector, company);
		assertThat(scored).singleElement().satisfies(s -> {
			// 30−15, 20−10, 11−8, 9, 4, 10
			assertThat(s.points()).containsExactly(15, 10, 3, 9, 4, 10);
			assertThat(s.score()).isEqualTo(51);
			assertThat(s.grade()).isEqualTo(Grade.D);
		});
	}

	@Test
	void theExplanationListsWhatEachIndicatorCountedWithItsPoints() {
		long company = subject().record("XZCF", "SERIOUS", DAY.minusDays(3))
			.record("XZCF", "GENERAL", DAY.minusDays(4))
			.commitment("FULFILLED", DAY.minusDays(5))
			.record("XZCF", "GENERAL", DAY.minusYears(4))
			.build();
		ModelSql sql = new ModelSql(this.composite, DAY, ModelSql.Dialect.POSTGRES);
		Object[] ids = new Object[sql.contributionParameters()];
		java.util.Arrays.fill(ids, company);
		record Row(int indicator, String category, String tier, int points) {
		}
		List<Row> rows = this.jdbc.sql(sql.contributions())
			.params(ids)
			.query((rs, i) -> new Row(rs.getInt("indicator"), rs.getString("category"), rs.getString("tier"),
					rs.getInt("points")))
			.list();
		assertThat(rows).containsExactly(new Row(0, "XZCF", "SERIOUS", -10), new Row(0, "XZCF", "GENERAL", -4),
				new Row(4, "FULFILLED", null, 1));
	}

	record Scored(long subjectId, List<Integer> points, int score, int cap, Grade grade, EvaluationModel model) {

		int points(String indicator) {
			List<EvaluationModel.Indicator> all = this.model.indicators();
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).code().equals(indicator)) {
					return this.points.get(i);
				}
			}
			throw new IllegalArgumentException(indicator);
		}

	}

	Scored score(long subject) {
		List<Scored> scored = scoreAll(this.composite, subject);
		assertThat(scored).hasSize(1);
		return scored.get(0);
	}

	List<Scored> scoreAll(EvaluationModel model, long subject) {
		return this.jdbc.sql(new ModelSql(model, DAY, ModelSql.Dialect.POSTGRES).scoringOne())
			.params(subject, subject)
			.query((rs, i) -> {
				List<Integer> points = new ArrayList<>();
				for (int p : Evaluator.ints(rs.getArray("points"))) {
					points.add(p);
				}
				return new Scored(rs.getLong("subject_id"), points, rs.getInt("score"), rs.getInt("cap"),
						Grade.valueOf(rs.getString("grade")), model);
			})
			.list();
	}

	Builder subject() {
		return new Builder(IDS.incrementAndGet());
	}

	/** A subject and its evidence, in the evaluation's own tables. */
	final class Builder {

		final long id;

		String type = "ENTERPRISE";

		boolean active = true;

		LocalDate registered;

		final List<Object[]> evidence = new ArrayList<>();

		Builder(long id) {
			this.id = id;
		}

		Builder type(String type) {
			this.type = type;
			return this;
		}

		Builder inactive() {
			this.active = false;
			return this;
		}

		Builder registered(LocalDate day) {
			this.registered = day;
			return this;
		}

		Builder record(String category, String tier, LocalDate day) {
			this.evidence.add(new Object[] { "RECORD", category, tier, day });
			return this;
		}

		Builder list(String kind, LocalDate day) {
			this.evidence.add(new Object[] { "LIST", kind, null, day });
			return this;
		}

		Builder commitment(String finding, LocalDate day) {
			this.evidence.add(new Object[] { "COMMITMENT", finding, null, day });
			return this;
		}

		long build() {
			IndicatorRulesIT.this.jdbc.sql("""
					INSERT INTO evaluation_subject (subject_id, subject_type, name, code, division_code, registered_on,
					                                active, synced_at)
					VALUES (?, ?, ?, ?, '440106', ?, ?, now())""")
				.params(this.id, this.type, "规则测试主体" + this.id, "R" + this.id, this.registered, this.active)
				.update();
			int n = 0;
			for (Object[] e : this.evidence) {
				IndicatorRulesIT.this.jdbc
					.sql("""
							INSERT INTO evaluation_evidence (subject_id, source, ref, category, tier, domain, occurred_on, label)
							VALUES (?, ?, ?, ?, ?, 'GZ-SCJGJ', ?, '规则测试')""")
					.params(this.id, e[0], "ref-" + (++n), e[1], e[2], e[3])
					.update();
			}
			return this.id;
		}

	}

}
