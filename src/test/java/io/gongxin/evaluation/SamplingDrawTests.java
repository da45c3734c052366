package io.gongxin.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplingDrawTests {

	static final Map<Grade, BigDecimal> RATIOS = Map.of(Grade.A, new BigDecimal("0.05"), Grade.B,
			new BigDecimal("0.20"), Grade.C, new BigDecimal("0.60"), Grade.D, BigDecimal.ONE);

	static final List<String> INSPECTORS = List.of("张执法", "李执法", "王执法", "赵执法", "刘执法");

	static List<SamplingDraw.Member> population() {
		List<SamplingDraw.Member> members = new ArrayList<>();
		int[] sizes = { 41, 100, 10, 3 };
		for (Grade grade : Grade.values()) {
			for (int i = 0; i < sizes[grade.ordinal()]; i++) {
				members.add(new SamplingDraw.Member(grade.name() + String.format("%017d", i), grade));
			}
		}
		return members;
	}

	@Test
	void eachGradeIsDrawnAtItsRatioRoundedUp() {
		List<SamplingDraw.Drawn> drawn = SamplingDraw.draw("seed-1", population(), RATIOS, INSPECTORS, 2);
		assertThat(drawn.stream().filter(d -> d.grade() == Grade.A)).hasSize(3);
		assertThat(drawn.stream().filter(d -> d.grade() == Grade.B)).hasSize(20);
		assertThat(drawn.stream().filter(d -> d.grade() == Grade.C)).hasSize(6);
		assertThat(drawn.stream().filter(d -> d.grade() == Grade.D)).hasSize(3);
	}

	@Test
	void noNonEmptyGradeGoesUnsampled() {
		assertThat(SamplingDraw.sampleSize(1, new BigDecimal("0.05"))).isEqualTo(1);
		assertThat(SamplingDraw.sampleSize(0, new BigDecimal("0.05"))).isZero();
		assertThat(SamplingDraw.sampleSize(20, new BigDecimal("0.05"))).isEqualTo(1);
		assertThat(SamplingDraw.sampleSize(21, new BigDecimal("0.05"))).isEqualTo(2);
	}

	@Test
	void theSameSeedDrawsTheSameSampleAndInspectorsAnotherSeedAnother() {
		List<SamplingDraw.Drawn> first = SamplingDraw.draw("seed-1", population(), RATIOS, INSPECTORS, 2);
		List<SamplingDraw.Member> shuffled = new ArrayList<>(population());
		java.util.Collections.reverse(shuffled);
		assertThat(SamplingDraw.draw("seed-1", shuffled, RATIOS, INSPECTORS, 2)).containsExactlyElementsOf(first);
		assertThat(SamplingDraw.draw("seed-2", population(), RATIOS, INSPECTORS, 2)).isNotEqualTo(first);
	}

	@Test
	void eachDrawnSubjectGetsDistinctInspectorsFromThePool() {
		for (SamplingDraw.Drawn drawn : SamplingDraw.draw("seed-3", population(), RATIOS, INSPECTORS, 3)) {
			assertThat(drawn.inspectors()).hasSize(3).doesNotHaveDuplicates().isSubsetOf(INSPECTORS);
		}
	}

	@Test
	void theDrawOrdersByTheSm3OfSeedAndCodeAsDocumented() {
		List<SamplingDraw.Member> two = List.of(new SamplingDraw.Member("X1", Grade.B),
				new SamplingDraw.Member("X2", Grade.B));
		String first = io.gongxin.platform.Sm3.hex("s:X1").compareTo(io.gongxin.platform.Sm3.hex("s:X2")) < 0 ? "X1"
				: "X2";
		assertThat(SamplingDraw.draw("s", two, Map.of(Grade.B, new BigDecimal("0.5")), INSPECTORS, 1)).singleElement()
			.extracting(SamplingDraw.Drawn::subjectCode)
			.isEqualTo(first);
	}

	@Test
	void everyGradeMustBeSampledAndWorseGradesNoLessThanBetterOnes() {
		assertThatThrownBy(() -> SamplingPlans.ratios(Map.of(Grade.A, BigDecimal.ZERO, Grade.B, new BigDecimal("0.2"),
				Grade.C, new BigDecimal("0.6"), Grade.D, BigDecimal.ONE)))
			.isInstanceOf(DomainException.class)
			.satisfies(ex -> assertThat(((DomainException) ex).details().get("reason").toString()).contains("A级"));
		assertThatThrownBy(() -> SamplingPlans.ratios(Map.of(Grade.A, new BigDecimal("0.3"), Grade.B,
				new BigDecimal("0.2"), Grade.C, new BigDecimal("0.6"), Grade.D, BigDecimal.ONE)))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> SamplingPlans.ratios(Map.of(Grade.A, new BigDecimal("0.05"), Grade.B,
				new BigDecimal("0.2"), Grade.C, new BigDecimal("0.6"), Grade.D, new BigDecimal("1.5"))))
			.isInstanceOf(DomainException.class);
		assertThat(SamplingPlans.ratios(RATIOS)).containsAllEntriesOf(RATIOS);
	}

}
