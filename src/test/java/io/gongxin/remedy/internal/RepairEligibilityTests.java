package io.gongxin.remedy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.Nature;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.remedy.ConditionCheck;
import io.gongxin.remedy.ConditionCheck.Result;
import io.gongxin.remedy.Eligibility;
import io.gongxin.remedy.RepairCondition;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class RepairEligibilityTests {

	static final LocalDate DECIDED = LocalDate.of(2026, 5, 20);

	final RepairEligibility rules = new RepairEligibility(Set.of("SFZX"));

	@Test
	void aFineInPublicityIsRepairableOnlyFromTheFirstDayAfterItsMinimumPeriod() {
		CreditFileItem fine = penalty(PublicityStatus.PUBLISHED, SeverityTier.GENERAL, LocalDate.of(2026, 8, 20));

		Eligibility before = this.rules.assess(fine, LocalDate.of(2026, 8, 19), Optional.empty(), Optional.empty());
		Eligibility on = this.rules.assess(fine, LocalDate.of(2026, 8, 20), Optional.empty(), Optional.empty());

		assertThat(before.failing()).extracting(ConditionCheck::condition)
			.containsExactly(RepairCondition.MINIMUM_PERIOD_SERVED);
		assertThat(before.failing().get(0).reason()).contains("2026-08-20").contains("一般");
		assertThat(on.open()).isTrue();
		assertThat(on.conditions()).extracting(ConditionCheck::result)
			.containsExactly(Result.HOLDS, Result.HOLDS, Result.HOLDS, Result.HOLDS, Result.TO_SHOW, Result.TO_SHOW);
	}

	@Test
	void informationOutOfPublicityOrNotDishonestOrDeclaredNotRepairableIsRefusedWithItsReason() {
		assertThat(this.rules.inPublicity(penalty(PublicityStatus.ENDED, SeverityTier.GENERAL, null)).reason())
			.contains("公示期满");
		assertThat(this.rules.inPublicity(penalty(PublicityStatus.REPAIRED, SeverityTier.GENERAL, null)).fails())
			.isTrue();
		assertThat(this.rules.repairable(item("XZXK", Nature.POSITIVE, PublicityStatus.PUBLISHED, null, null)).reason())
			.contains("不是失信信息");
		assertThat(this.rules.repairable(item("SFZX", Nature.NEGATIVE, PublicityStatus.PUBLISHED, null, null)).reason())
			.contains("不可修复");
	}

	@Test
	void withoutAMinimumPeriodRepairOpensOnceTheDutiesArePerformed() {
		ConditionCheck check = this.rules
			.minimumPeriodServed(penalty(PublicityStatus.PUBLISHED, SeverityTier.MINOR, null).publicity(), DECIDED);
		assertThat(check.result()).isEqualTo(Result.HOLDS);
		assertThat(check.reason()).contains("未设最短公示期");
	}

	@Test
	void theApplicantsStatementDecidesTheDutiesAndTheCommitment() {
		assertThat(this.rules.dutiesPerformed(statement("", 1, true)).reason()).contains("未说明");
		assertThat(this.rules.dutiesPerformed(statement("已缴清罚款", 0, true)).reason()).contains("证明材料");
		assertThat(this.rules.dutiesPerformed(statement("已缴清罚款", 2, true)).reason()).contains("2份");
		assertThat(this.rules.commitmentSigned(statement("已缴清罚款", 2, false)).fails()).isTrue();
		assertThat(this.rules.noOpenCase(Optional.of("YY20261008000001")).reason()).contains("YY20261008000001");
	}

	private static Optional<RepairEligibility.Statement> statement(String duties, int evidence, boolean signed) {
		return Optional.of(new RepairEligibility.Statement(duties, evidence, signed));
	}

	private static CreditFileItem penalty(PublicityStatus status, SeverityTier tier, LocalDate repairableFrom) {
		return item("XZCF", Nature.NEGATIVE, status, tier, repairableFrom);
	}

	private static CreditFileItem item(String category, Nature nature, PublicityStatus status, SeverityTier tier,
			LocalDate repairableFrom) {
		Publicity publicity = new Publicity(status, tier, null, "2026", "《信用修复管理办法》", DECIDED, DECIDED.plusYears(1),
				repairableFrom, null);
		return new CreditFileItem(1, new SubjectId(1), SubjectType.ENTERPRISE, "广州测试有限公司", category, "行政处罚信息", nature,
				"GZ-SCJGJ", UUID.randomUUID(), 2, "穗市监罚〔2026〕1号", DECIDED, "广州市市场监督管理局", "罚款", List.of(),
				CreditRecord.Status.ACTIVE, null, null, publicity, false);
	}

}
