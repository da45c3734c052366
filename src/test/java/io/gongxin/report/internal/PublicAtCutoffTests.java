package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.catalog.Nature;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.report.CheckDomain;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAtCutoffTests {

	static final LocalDate CUTOFF = LocalDate.of(2026, 11, 25);

	static CreditFileItem item(long id, String category, String authority, LocalDate decided, PublicityStatus status,
			CreditRecord.Status recordStatus, LocalDate until) {
		return new CreditFileItem(id, new SubjectId(1), SubjectType.ENTERPRISE, "广州测试有限公司", category, "行政处罚信息",
				Nature.NEGATIVE, "GZ-X", UUID.randomUUID(), 1, "文号" + id, decided, authority, "罚款", List.of(),
				recordStatus, null, null, new Publicity(status, null, null, null, null, decided, until, null, null),
				false);
	}

	@Test
	void onlyActiveItemsInPublicityAtTheCutoffAreShown() {
		LocalDate decided = CUTOFF.minusMonths(2);
		var shown = item(1, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE,
				CUTOFF.plusYears(1));
		var repairedOrEnded = item(2, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.ENDED, CreditRecord.Status.ACTIVE,
				CUTOFF);
		var revoked = item(3, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.REVOKED, CreditRecord.Status.REVOKED,
				null);
		var superseded = item(4, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.SUPERSEDED,
				CreditRecord.Status.SUPERSEDED, null);
		var lapsedButNotYetSwept = item(5, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.PUBLISHED,
				CreditRecord.Status.ACTIVE, CUTOFF.minusDays(1));
		var neverPublished = item(6, "XZCF", "广州市市场监督管理局", decided, PublicityStatus.NOT_PUBLISHED,
				CreditRecord.Status.ACTIVE, null);
		assertThat(PublicAtCutoff
			.select(List.of(shown, repairedOrEnded, revoked, superseded, lapsedButNotYetSwept, neverPublished), CUTOFF))
			.containsExactly(shown);
		assertThat(PublicAtCutoff.exclusion(lapsedButNotYetSwept, CUTOFF))
			.hasValueSatisfying(reason -> assertThat(reason).contains("ended"));
	}

	@Test
	void theDigestChangesWhenWhatThePublicSeesChanges() {
		var a = item(1, "XZCF", "广州市市场监督管理局", CUTOFF, PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE, null);
		var b = item(2, "XZCF", "广州市生态环境局", CUTOFF, PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE, null);
		assertThat(PublicAtCutoff.digest(List.of(a, b))).isEqualTo(PublicAtCutoff.digest(List.of(b, a)))
			.isNotEqualTo(PublicAtCutoff.digest(List.of(a)))
			.hasSize(64);
	}

	@Test
	void findingsFollowTheDomainRuleThePeriodAndTheCheckCategories() {
		DomainList list = DomainList.fromClasspath();
		assertThat(list.all()).hasSize(38);
		CheckDomain market = list.get("SCJG");
		CheckDomain ecology = list.get("STHJ");
		var inPeriod = item(1, "XZCF", "广州市市场监督管理局", CUTOFF.minusYears(1), PublicityStatus.PUBLISHED,
				CreditRecord.Status.ACTIVE, null);
		var tooOld = item(2, "XZCF", "广州市市场监督管理局", CUTOFF.minusYears(4), PublicityStatus.PUBLISHED,
				CreditRecord.Status.ACTIVE, null);
		var coercion = item(3, "XZQZ", "广州市生态环境局", CUTOFF.minusDays(3), PublicityStatus.PUBLISHED,
				CreditRecord.Status.ACTIVE, null);
		var licence = item(4, "XZXK", "广州市生态环境局", CUTOFF.minusDays(3), PublicityStatus.PUBLISHED,
				CreditRecord.Status.ACTIVE, null);
		var findings = DomainFindings.of(List.of(market, ecology), list.checks(),
				List.of(inPeriod, tooOld, coercion, licence), CUTOFF.minusYears(3).plusDays(1), CUTOFF);
		assertThat(findings.get(0).checks().get(0).documents()).containsExactly("文号1");
		assertThat(findings.get(0).checks().get(1).documents()).isEmpty();
		assertThat(findings.get(1).checks().get(0).documents()).isEmpty();
		assertThat(findings.get(1).checks().get(1).documents()).containsExactly("文号3");
		assertThat(findings.get(1).clean()).isFalse();
		assertThat(findings.get(0).checks().get(3).collected()).as("criminal judgments are not collected").isFalse();
	}

	@Test
	void aPrintedCitizenIdKeepsOnlyItsEnds() {
		assertThat(ReportAssembler.mask("440106198501011234")).isEqualTo("440106********1234");
	}

}
