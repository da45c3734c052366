package io.gongxin.creditfile.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.catalog.TierPublicity;
import io.gongxin.catalog.internal.SeedReading;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;

import static org.assertj.core.api.Assertions.assertThat;

class PublicityPolicyTests {

	static final PublicityPolicy POLICY = shipped();

	static final PublicityRule PENALTY = new PublicityRule(PublicityRule.Disclosure.PUBLIC, "行政处罚", "目录",
			List.of(new TierPublicity(SeverityTier.GENERAL, true, 3, 36)));

	static final PublicityRule LICENSE = new PublicityRule(PublicityRule.Disclosure.PUBLIC, "行政许可", "424号", List.of());

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static PublicityPolicy shipped() {
		try (InputStream in = PublicityPolicyTests.class.getResourceAsStream("/creditfile/publicity-regimes.json")) {
			return CreditFileConfiguration.read(JsonMapper.builder().build().readTree(in));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Publicity penalty(SeverityTier tier, LocalDate decided) {
		return penalty(tier, decided, null, CreditRecord.Status.ACTIVE);
	}

	static Publicity penalty(SeverityTier tier, LocalDate decided, LocalDate declaredEnd, CreditRecord.Status status) {
		return POLICY.assess(new PublicityPolicy.Case("XZCF", Nature.NEGATIVE, PENALTY, tier, "test", decided, null,
				declaredEnd, status), TODAY);
	}

	@Test
	void underThe2026RulesAGeneralPenaltyIsPublishedForOneYearWithThreeMonthsBeforeRepair() {
		Publicity p = penalty(SeverityTier.GENERAL, LocalDate.of(2026, 11, 20));
		assertThat(p.status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(p.regime()).isEqualTo("FGW-LING-2025-36");
		assertThat(p.until()).isEqualTo(LocalDate.of(2027, 11, 19));
		assertThat(p.repairableFrom()).isEqualTo(LocalDate.of(2027, 2, 20));
		assertThat(p.basis()).contains("2025年第36号");
	}

	@Test
	void underThe2026RulesASeriousPenaltyIsPublishedForThreeYearsWithOneYearBeforeRepair() {
		Publicity p = penalty(SeverityTier.SERIOUS, LocalDate.of(2026, 6, 1));
		assertThat(p.until()).isEqualTo(LocalDate.of(2029, 5, 31));
		assertThat(p.repairableFrom()).isEqualTo(LocalDate.of(2027, 6, 1));
	}

	@Test
	void underThe2026RulesAMinorPenaltyIsNotPublished() {
		Publicity p = penalty(SeverityTier.MINOR, LocalDate.of(2026, 11, 20));
		assertThat(p.status()).isEqualTo(PublicityStatus.NOT_PUBLISHED);
		assertThat(p.note()).contains("轻微失信原则上不予公示");
	}

	@Test
	void aPenaltyDecidedUnderOrder58KeepsItsThreeYearMaximum() {
		Publicity p = penalty(SeverityTier.GENERAL, LocalDate.of(2025, 1, 10));
		assertThat(p.regime()).isEqualTo("FGW-LING-58");
		assertThat(p.until()).isEqualTo(LocalDate.of(2028, 1, 9));
		assertThat(p.repairableFrom()).isEqualTo(LocalDate.of(2025, 4, 10));
		assertThat(p.status()).isEqualTo(PublicityStatus.PUBLISHED);
	}

	@Test
	void aMinorPenaltyDecidedUnderOrder58IsStillPublished() {
		assertThat(penalty(SeverityTier.MINOR, LocalDate.of(2026, 3, 31)).status())
			.isEqualTo(PublicityStatus.PUBLISHED);
	}

	@Test
	void underNotice527ASeriousPenaltyHasSixMonthsMinimumAndAGeneralOneEndsAfterAYear() {
		Publicity serious = penalty(SeverityTier.SERIOUS, LocalDate.of(2022, 3, 1));
		assertThat(serious.regime()).isEqualTo("FGW-2019-527");
		assertThat(serious.repairableFrom()).isEqualTo(LocalDate.of(2022, 9, 1));
		assertThat(serious.until()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(serious.status()).isEqualTo(PublicityStatus.ENDED);
		Publicity general = penalty(SeverityTier.GENERAL, LocalDate.of(2022, 3, 1));
		assertThat(general.until()).isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void theFiledPublicityEndShortensButNeverLengthens() {
		LocalDate decided = LocalDate.of(2026, 11, 20);
		assertThat(penalty(SeverityTier.GENERAL, decided, LocalDate.of(2027, 5, 1), CreditRecord.Status.ACTIVE).until())
			.isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(penalty(SeverityTier.GENERAL, decided, LocalDate.of(2030, 1, 1), CreditRecord.Status.ACTIVE).until())
			.isEqualTo(LocalDate.of(2027, 11, 19));
	}

	@Test
	void theLongTermDateIsNotAnEndDate() {
		Publicity p = penalty(SeverityTier.GENERAL, LocalDate.of(2026, 11, 20), PublicityPolicy.LONG_TERM,
				CreditRecord.Status.ACTIVE);
		assertThat(p.until()).isEqualTo(LocalDate.of(2027, 11, 19));
		Publicity license = POLICY.assess(new PublicityPolicy.Case("XZXK", Nature.NEUTRAL, LICENSE, null, null,
				LocalDate.of(2020, 1, 1), PublicityPolicy.LONG_TERM, null, CreditRecord.Status.ACTIVE), TODAY);
		assertThat(license.until()).isNull();
		assertThat(license.status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(license.note()).contains("长期公示");
	}

	@Test
	void aLicenseIsPublishedUntilItExpires() {
		Publicity expired = POLICY.assess(new PublicityPolicy.Case("XZXK", Nature.NEUTRAL, LICENSE, null, null,
				LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), null, CreditRecord.Status.ACTIVE), TODAY);
		assertThat(expired.status()).isEqualTo(PublicityStatus.ENDED);
		assertThat(expired.until()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void negativeInformationWithoutAnEndIsCappedAtFiveYears() {
		PublicityRule list = new PublicityRule(PublicityRule.Disclosure.PUBLIC, "名单有效期内公示", null, List.of());
		Publicity p = POLICY.assess(new PublicityPolicy.Case("YZSX", Nature.NEGATIVE, list, null, null,
				LocalDate.of(2024, 1, 1), PublicityPolicy.LONG_TERM, null, CreditRecord.Status.ACTIVE), TODAY);
		assertThat(p.until()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(p.note()).contains("不超过5年");
	}

	@Test
	void aRuleFromTheCatalogAppliesWhereNoRegimeCoversTheCategory() {
		PublicityRule rule = new PublicityRule(PublicityRule.Disclosure.PUBLIC, "强制", null,
				List.of(new TierPublicity(SeverityTier.SERIOUS, true, 6, 24)));
		Publicity p = POLICY.assess(new PublicityPolicy.Case("XZQZ", Nature.NEGATIVE, rule, SeverityTier.SERIOUS,
				"test", LocalDate.of(2026, 1, 1), null, null, CreditRecord.Status.ACTIVE), TODAY);
		assertThat(p.regime()).isNull();
		assertThat(p.until()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void revokedAndSupersededRecordsAreNeverPublished() {
		LocalDate decided = LocalDate.of(2026, 11, 20);
		assertThat(penalty(SeverityTier.SERIOUS, decided, null, CreditRecord.Status.REVOKED).status())
			.isEqualTo(PublicityStatus.REVOKED);
		assertThat(penalty(SeverityTier.SERIOUS, decided, null, CreditRecord.Status.SUPERSEDED).status())
			.isEqualTo(PublicityStatus.SUPERSEDED);
	}

	@Test
	void aCategoryDisclosedOnlyOnRequestIsNotPublished() {
		PublicityRule onRequest = new PublicityRule(PublicityRule.Disclosure.ON_REQUEST, "依申请公开", null, List.of());
		Publicity p = POLICY.assess(new PublicityPolicy.Case("HTLX", Nature.NEUTRAL, onRequest, null, null,
				LocalDate.of(2026, 1, 1), null, null, CreditRecord.Status.ACTIVE), TODAY);
		assertThat(p.status()).isEqualTo(PublicityStatus.NOT_PUBLISHED);
	}

	@Test
	void publicityEndsTheDayAfterItsLastDay() {
		Publicity p = penalty(SeverityTier.GENERAL, LocalDate.of(2026, 11, 20));
		assertThat(p.dueToEnd(LocalDate.of(2027, 11, 19))).isFalse();
		assertThat(p.dueToEnd(LocalDate.of(2027, 11, 20))).isTrue();
	}

	private static SeverityRule.Assessment assess(Map<String, String> penalty) {
		return SeverityRule.defaults().assess(SeedReading.read("XZCF", penalty));
	}

	@Test
	void warningsAreMinorRevocationsAndHugeFinesSeriousOtherFinesGeneral() {
		assertThat(assess(Map.of("CF_CFLB", "01")).tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(assess(Map.of("CF_CFLB", "01;02")).tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(assess(Map.of("CF_CFLB", "03", "CF_NR_FK", "2.5")).tier()).isEqualTo(SeverityTier.GENERAL);
		assertThat(assess(Map.of("CF_CFLB", "03", "CF_NR_FK", "150")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "03;08")).rule()).contains("吊销许可证件").contains("严重");
		assertThat(assess(Map.of()).tier()).isEqualTo(SeverityTier.GENERAL);
	}

	@Test
	void penaltyTypesFiledAsLabelsAreTieredLikeTheirCodes() {
		assertThat(assess(Map.of("CF_CFLB", "警告")).tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(assess(Map.of("CF_CFLB", "警告；通报批评")).tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(assess(Map.of("处罚类别", "通报批评")).tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(assess(Map.of("CF_CFLB", "吊销许可证件")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "罚款、责令关闭")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "责令停产停业")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "限制从业")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "警告;罚款", "CF_NR_FK", "0.5")).tier()).isEqualTo(SeverityTier.GENERAL);
		assertThat(assess(Map.of("CF_CFLB", "警告")).rule()).contains("警告").doesNotContain("01");
	}

	@Test
	void aLargeFineIsSeriousWhateverItsSpelling() {
		assertThat(assess(Map.of("CF_CFLB", "罚款", "CF_NR_FK", " 100.000000 ")).tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(assess(Map.of("CF_CFLB", "罚款", "CF_NR_FK", "99.999999")).tier()).isEqualTo(SeverityTier.GENERAL);
	}

	@Test
	void publicTextMasksCitizenIdsAndMobilesButKeepsOrganisationCodes() {
		String id = io.gongxin.identifier.CheckCharacters.citizenId("44010619900101123");
		String uscc = io.gongxin.identifier.CheckCharacters.uscc("91440101MA5ALWFF");
		String masked = io.gongxin.creditfile.PublicText.mask("当事人" + id + "，电话13812345678，单位" + uscc);
		assertThat(masked).doesNotContain(id).doesNotContain("13812345678").contains(uscc).contains("138****5678");
	}

}
