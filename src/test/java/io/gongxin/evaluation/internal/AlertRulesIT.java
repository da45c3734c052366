package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Grade;
import io.gongxin.subject.SubjectId;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composite model's risk-alert rules on PostgreSQL: which evidence meets each and
 * which departments the alert goes to (谁认定、谁约谈).
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertRulesIT {

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	static final AtomicLong IDS = new AtomicLong(8_000_000);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ModelStore models;

	@Autowired
	AlertRules rules;

	EvaluationModel composite;

	@BeforeAll
	void model() {
		this.composite = this.models.published("COMPOSITE");
	}

	@Test
	void threePenaltiesOfOneDepartmentWithinTwelveMonthsAlertThatDepartment() {
		long subject = subject();
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusMonths(11));
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusMonths(6));
		assertThat(codes(subject, null)).doesNotContain("LFBG");
		// another department's penalty is not a repetition in the same domain
		evidence(subject, "RECORD", "XZCF", "GZ-STJ", DAY.minusMonths(1));
		assertThat(codes(subject, null)).doesNotContain("LFBG");
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusDays(1));
		List<AlertRules.Finding> found = findings(subject, null).stream()
			.filter(f -> f.rule().code().equals("LFBG"))
			.toList();
		assertThat(found).singleElement().satisfies(f -> {
			assertThat(f.department()).isEqualTo("GZ-SCJGJ");
			assertThat(f.refs()).hasSize(3);
			assertThat(f.reason()).contains("12个月内").contains("3条");
		});
	}

	@Test
	void penaltiesOlderThanTheWindowDoNotCount() {
		long subject = subject();
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusMonths(12));
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusMonths(6));
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusDays(1));
		assertThat(codes(subject, null)).doesNotContain("LFBG");
	}

	@Test
	void violationsFoundByThreeDepartmentsAlertEachOfThem() {
		long subject = subject();
		evidence(subject, "RECORD", "XZCF", "GZ-SCJGJ", DAY.minusMonths(20));
		evidence(subject, "RECORD", "XZQZ", "GZ-STJ", DAY.minusMonths(3));
		assertThat(codes(subject, null)).doesNotContain("DLYWF");
		evidence(subject, "RECORD", "XZCF", "GZ-CZJ", DAY.minusDays(3));
		assertThat(findings(subject, null).stream().filter(f -> f.rule().code().equals("DLYWF")))
			.extracting(AlertRules.Finding::department)
			.containsExactlyInAnyOrder("GZ-SCJGJ", "GZ-STJ", "GZ-CZJ");
	}

	@Test
	void twoBrokenCommitmentsAlertTheDepartmentThatFoundThem() {
		long subject = subject();
		evidence(subject, "COMMITMENT", "BROKEN", "GZ-SCJGJ", DAY.minusMonths(2));
		evidence(subject, "COMMITMENT", "FULFILLED", "GZ-SCJGJ", DAY.minusMonths(1));
		assertThat(codes(subject, null)).doesNotContain("DCWN");
		evidence(subject, "COMMITMENT", "BROKEN", "GZ-SCJGJ", DAY.minusDays(2));
		assertThat(findings(subject, null).stream().filter(f -> f.rule().code().equals("DCWN"))).singleElement()
			.extracting(AlertRules.Finding::department)
			.isEqualTo("GZ-SCJGJ");
	}

	@Test
	void aDropOfTwoGradesOrToDAlertsTheDepartmentsWithRecords() {
		long subject = subject();
		evidence(subject, "RECORD", "SFZX", "GZ-FY", DAY.minusDays(2));
		Evaluator.Change oneStep = new Evaluator.Change(1, new SubjectId(subject), Grade.B, Grade.C, 76, 70);
		Evaluator.Change twoSteps = new Evaluator.Change(2, new SubjectId(subject), Grade.A, Grade.C, 90, 70);
		Evaluator.Change toD = new Evaluator.Change(3, new SubjectId(subject), Grade.C, Grade.D, 62, 58);
		Evaluator.Change up = new Evaluator.Change(4, new SubjectId(subject), Grade.D, Grade.B, 58, 80);
		assertThat(codes(subject, oneStep)).doesNotContain("DJXJ");
		assertThat(codes(subject, up)).doesNotContain("DJXJ");
		assertThat(findings(subject, twoSteps).stream().filter(f -> f.rule().code().equals("DJXJ"))).singleElement()
			.satisfies(f -> {
				assertThat(f.department()).isEqualTo("GZ-FY");
				assertThat(f.reason()).contains("由A级降为C级");
			});
		assertThat(codes(subject, toD)).contains("DJXJ");
	}

	List<AlertRules.Finding> findings(long subject, Evaluator.Change change) {
		return this.rules.findings(this.composite, new SubjectId(subject), DAY, change);
	}

	List<String> codes(long subject, Evaluator.Change change) {
		return findings(subject, change).stream().map(f -> f.rule().code()).toList();
	}

	long subject() {
		long id = IDS.incrementAndGet();
		this.jdbc.sql("""
				INSERT INTO evaluation_subject (subject_id, subject_type, name, code, active, synced_at)
				VALUES (?, 'ENTERPRISE', ?, ?, TRUE, now())""").params(id, "预警测试主体" + id, "W" + id).update();
		return id;
	}

	void evidence(long subject, String source, String category, String department, LocalDate day) {
		this.jdbc.sql("""
				INSERT INTO evaluation_evidence (subject_id, source, ref, category, domain, occurred_on, label)
				VALUES (?, ?, ?, ?, ?, ?, '预警测试')""")
			.params(subject, source, "ref-" + IDS.incrementAndGet(), category, department, day)
			.update();
	}

}
