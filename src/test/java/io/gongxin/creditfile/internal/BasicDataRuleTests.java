package io.gongxin.creditfile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.creditfile.internal.BasicDataRule.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

class BasicDataRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void theSourceWithTheLatestDateWinsWhateverOrderTheRecordsArrivedIn() {
		Candidate licence = representative(11, "张建华", LocalDate.of(2026, 3, 8));
		Candidate registration = representative(12, "李文博", LocalDate.of(2026, 11, 30));
		Candidate olderLicenceFiledLast = representative(13, "陈志远", LocalDate.of(2024, 6, 1));
		List<Candidate> all = new ArrayList<>(List.of(licence, registration, olderLicenceFiledLast));
		for (int i = 0; i < 3; i++) {
			Collections.rotate(all, 1);
			assertThat(BasicDataRule.newest(all, TODAY).get(Kind.LEGAL_REPRESENTATIVE).value()).isEqualTo("李文博");
		}
	}

	@Test
	void onTheSameDateTheLaterFiledRecordWins() {
		Candidate first = representative(20, "张建华", LocalDate.of(2026, 11, 30));
		Candidate second = representative(21, "李文博", LocalDate.of(2026, 11, 30));
		assertThat(BasicDataRule.newest(List.of(second, first), TODAY).get(Kind.LEGAL_REPRESENTATIVE).recordId())
			.isEqualTo(21);
		assertThat(BasicDataRule.newest(List.of(first, second), TODAY).get(Kind.LEGAL_REPRESENTATIVE).recordId())
			.isEqualTo(21);
	}

	@Test
	void eachKindOfFactHasItsOwnNewestSource() {
		Candidate penaltyRepresentative = representative(30, "王小明", LocalDate.of(2026, 11, 20));
		Candidate registrationAddress = new Candidate(Kind.ADDRESS, 31, "广州市越秀区中山五路33号", LocalDate.of(2026, 10, 1),
				"DJZC", "登记注册基本信息", "GZ-SCJGJ", null, PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE,
				LocalDate.of(2026, 10, 1), null);
		Map<Kind, Candidate> chosen = BasicDataRule.newest(List.of(penaltyRepresentative, registrationAddress), TODAY);
		assertThat(chosen.get(Kind.LEGAL_REPRESENTATIVE).recordId()).isEqualTo(30);
		assertThat(chosen.get(Kind.ADDRESS).recordId()).isEqualTo(31);
		assertThat(chosen).doesNotContainKeys(Kind.STATUS, Kind.REGISTRATION_DATE);
	}

	@Test
	void aRevokedOrCorrectedNewestSourceGivesWayToTheNextNewest() {
		Candidate older = representative(40, "张建华", LocalDate.of(2025, 5, 1));
		Candidate revoked = new Candidate(Kind.LEGAL_REPRESENTATIVE, 41, "李文博", LocalDate.of(2026, 5, 1), "XZXK",
				"行政许可信息", "GZ-SCJGJ", "穗市监许〔2026〕41号", PublicityStatus.REVOKED, CreditRecord.Status.REVOKED,
				LocalDate.of(2026, 5, 1), null);
		Candidate superseded = new Candidate(Kind.LEGAL_REPRESENTATIVE, 42, "赵一鸣", LocalDate.of(2026, 6, 1), "XZXK",
				"行政许可信息", "GZ-SCJGJ", "穗市监许〔2026〕42号", PublicityStatus.SUPERSEDED, CreditRecord.Status.SUPERSEDED,
				LocalDate.of(2026, 6, 1), null);
		assertThat(
				BasicDataRule.newest(List.of(older, revoked, superseded), TODAY).get(Kind.LEGAL_REPRESENTATIVE).value())
			.isEqualTo("张建华");
		assertThat(BasicDataRule.newest(List.of(revoked, superseded), TODAY)).isEmpty();
	}

	@Test
	void aPenaltyNoLongerInPublicityDoesNotSpeakForTheSubject() {
		Candidate licence = representative(50, "张建华", LocalDate.of(2025, 5, 1));
		Candidate ended = new Candidate(Kind.LEGAL_REPRESENTATIVE, 51, "李文博", LocalDate.of(2026, 1, 5), "XZCF",
				"行政处罚信息", "GZ-SCJGJ", "穗市监处罚〔2026〕51号", PublicityStatus.ENDED, CreditRecord.Status.ACTIVE,
				LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 5));
		Candidate dueButNotYetEnded = new Candidate(Kind.LEGAL_REPRESENTATIVE, 52, "赵一鸣", LocalDate.of(2026, 2, 5),
				"XZCF", "行政处罚信息", "GZ-SCJGJ", "穗市监处罚〔2026〕52号", PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE,
				LocalDate.of(2026, 2, 5), TODAY.minusDays(1));
		Candidate hidden = new Candidate(Kind.LEGAL_REPRESENTATIVE, 53, "钱多多", LocalDate.of(2026, 3, 5), "XZCF",
				"行政处罚信息", "GZ-SCJGJ", "穗市监处罚〔2026〕53号", PublicityStatus.NOT_PUBLISHED, CreditRecord.Status.ACTIVE,
				LocalDate.of(2026, 3, 5), null);
		assertThat(BasicDataRule.newest(List.of(licence, ended, dueButNotYetEnded, hidden), TODAY)
			.get(Kind.LEGAL_REPRESENTATIVE)
			.value()).isEqualTo("张建华");
	}

	@Test
	void aSourceStillInPublicityOnItsLastDaySpeaks() {
		Candidate lastDay = new Candidate(Kind.LEGAL_REPRESENTATIVE, 60, "李文博", LocalDate.of(2025, 12, 2), "XZCF",
				"行政处罚信息", "GZ-SCJGJ", "穗市监处罚〔2025〕60号", PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE,
				LocalDate.of(2025, 12, 2), TODAY);
		assertThat(BasicDataRule.newest(List.of(lastDay), TODAY)).containsKey(Kind.LEGAL_REPRESENTATIVE);
	}

	private static Candidate representative(long recordId, String name, LocalDate asOf) {
		return new Candidate(Kind.LEGAL_REPRESENTATIVE, recordId, name, asOf, "XZXK", "行政许可信息", "GZ-SCJGJ",
				"穗市监许〔2026〕" + recordId + "号", PublicityStatus.PUBLISHED, CreditRecord.Status.ACTIVE, asOf, null);
	}

}
