package io.gongxin.lists;

import java.time.Instant;
import java.time.LocalDate;

import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListEntryTests {

	static final Instant RECORDED = Instant.parse("2026-11-20T02:00:00Z");

	static ListEntry entry(LocalDate exit, Instant ended, EntryEnd end) {
		return new ListEntry(1, ListKind.SEVERE_DISHONESTY, "市场监督管理严重违法失信名单", new SubjectId(7), SubjectType.ENTERPRISE,
				"广州市恒通建材有限公司", "91440101MA5CT7Q347", 11, "YZSX", "GZ-SCJG", "广州市市场监督管理局", null, null, null,
				LocalDate.of(2026, 11, 18), exit, RECORDED, ended, end, null);
	}

	@Test
	void anEntryCountsOnlyOnceThePlatformKnewOfIt() {
		ListEntry entry = entry(null, null, null);
		assertThat(entry.inForce(RECORDED.minusSeconds(1), LocalDate.of(2026, 11, 20))).isFalse();
		assertThat(entry.inForce(RECORDED, LocalDate.of(2026, 11, 20))).isTrue();
	}

	@Test
	void anEntryStopsCountingOnItsExitDay() {
		ListEntry entry = entry(LocalDate.of(2026, 12, 3), null, null);
		assertThat(entry.inForce(RECORDED.plusSeconds(60), LocalDate.of(2026, 12, 2))).isTrue();
		assertThat(entry.inForce(RECORDED.plusSeconds(60), LocalDate.of(2026, 12, 3))).isFalse();
		assertThat(entry.statusLabel(LocalDate.of(2026, 12, 3))).isEqualTo("已移出");
	}

	@Test
	void anEndedEntryStillCountsForInstantsBeforeItsEnd() {
		Instant ended = Instant.parse("2026-12-01T08:00:00Z");
		ListEntry entry = entry(null, ended, EntryEnd.REVOKED);
		assertThat(entry.inForce(ended.minusMillis(1), LocalDate.of(2026, 12, 1))).isTrue();
		assertThat(entry.inForce(ended, LocalDate.of(2026, 12, 1))).isFalse();
		assertThat(entry.statusLabel(LocalDate.of(2026, 12, 1))).isEqualTo("已撤销");
	}

	@Test
	void onlyTheCourtsListMakesPersonsPublic() {
		assertThat(ListKind.values()).filteredOn(ListKind::personsPublic)
			.containsExactly(ListKind.DISHONEST_JUDGMENT_DEBTOR);
		assertThat(ListKind.parse("dishonest-judgment-debtor")).contains(ListKind.DISHONEST_JUDGMENT_DEBTOR);
	}

}
