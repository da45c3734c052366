package io.gongxin.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAnswerTests {

	private static final Ticket PENDING = new Ticket(7, "FK-7", null, 10);

	@Test
	void aReplayedAnswerCountsTheMeasuresOfItsOwnSubjectsAndKeepsTheTicket() {
		CheckAnswer given = answer(List.of(subject(0, 2, 0), subject(1, 0, 1)));

		CheckAnswer replayed = given.withSubjects(List.of(subject(0, 0, 0), subject(1, 1, 0)));

		assertThat(given.sanctions()).isEqualTo(2);
		assertThat(given.incentives()).isEqualTo(1);
		assertThat(replayed.sanctions()).isEqualTo(1);
		assertThat(replayed.incentives()).isZero();
		assertThat(replayed.ticket()).isEqualTo(PENDING);
		assertThat(replayed.checkedAt()).isEqualTo(given.checkedAt());
	}

	@Test
	void aDueDaySetLaterChangesOnlyTheTicket() {
		CheckAnswer given = answer(List.of(subject(0, 1, 0)));

		CheckAnswer dated = given.withTicket(given.ticket().withDue(LocalDate.of(2027, 1, 5)));

		assertThat(dated.ticket()).isEqualTo(new Ticket(7, "FK-7", LocalDate.of(2027, 1, 5), 10));
		assertThat(dated.withTicket(PENDING)).isEqualTo(given);
	}

	private static CheckAnswer answer(List<SubjectAnswer> subjects) {
		return new CheckAnswer(7, Instant.parse("2026-12-21T02:00:00Z"), "2026年12月21日 10:00:00",
				"GOVERNMENT_PROCUREMENT", "政府采购", "440100-CZJ", "广州市财政局", subjects, CheckAnswer.sanctionsOf(subjects),
				CheckAnswer.incentivesOf(subjects), PENDING);
	}

	private static SubjectAnswer subject(int index, int sanctions, int incentives) {
		return new SubjectAnswer(index, "91440101MA5D0XKT3Y", Match.MATCHED, Match.MATCHED.label(), "广州市恒信建材有限公司",
				"91440101MA5D0XKT3Y", "法人", List.of(), measures("SJ", sanctions), measures("JL", incentives), List.of(),
				null, List.of());
	}

	private static List<AppliedMeasure> measures(String prefix, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> new AppliedMeasure(prefix + "-" + i, 1, "措施" + i, "SANCTION", "惩戒", "全国基础清单", "《政府采购法》第二十二条",
					"限制参加政府采购活动", "不得授予合同", true,
					new Grounds(100 + i, "SERIOUS_DISCREDIT", "严重失信主体名单", "政府采购严重违法失信行为记录名单", "广州市恒信建材有限公司", "广州市财政局",
							"《政府采购法》第七十七条", "提供虚假材料", "穗财采〔2026〕12号", LocalDate.of(2026, 3, 1),
							LocalDate.of(2029, 3, 1), "本主体")))
			.toList();
	}

}
