package io.gongxin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongxin.platform.Sm3;

/**
 * The 双随机 draw, deterministic given the seed so that anyone holding the published seed
 * and the population can draw again and get the same sample (docs/evaluation.md states it
 * for re-implementation):
 * <ol>
 * <li>each grade's members are ordered by SM3(seed + ":" + subject code), hex
 * ascending;</li>
 * <li>the first ⌈ratio × members⌉ of each grade are drawn (at least one of a non-empty
 * grade: no grade is exempt);</li>
 * <li>each drawn subject's inspectors are the first {@code perSubject} of the pool
 * ordered by SM3(seed + ":" + subject code + ":" + inspector).</li>
 * </ol>
 */
public final class SamplingDraw {

	private SamplingDraw() {
	}

	/** A member of the population with the grade it had at the announcement. */
	public record Member(String subjectCode, Grade grade) {

		public Member {
			Objects.requireNonNull(subjectCode, "subjectCode");
			Objects.requireNonNull(grade, "grade");
		}

	}

	/** A drawn subject and its inspectors. */
	public record Drawn(String subjectCode, Grade grade, List<String> inspectors) {
	}

	public static List<Drawn> draw(String seed, List<Member> population, Map<Grade, BigDecimal> ratios,
			List<String> inspectors, int perSubject) {
		Map<Grade, List<Member>> byGrade = new EnumMap<>(Grade.class);
		population.forEach(member -> byGrade.computeIfAbsent(member.grade(), g -> new ArrayList<>()).add(member));
		List<Drawn> drawn = new ArrayList<>();
		for (Map.Entry<Grade, List<Member>> group : byGrade.entrySet()) {
			List<Member> members = new ArrayList<>(group.getValue());
			members.sort(Comparator.comparing((Member m) -> Sm3.hex(seed + ":" + m.subjectCode()))
				.thenComparing(Member::subjectCode));
			int size = sampleSize(members.size(), ratios.get(group.getKey()));
			for (Member member : members.subList(0, size)) {
				List<String> pool = new ArrayList<>(inspectors);
				pool.sort(Comparator
					.comparing((String inspector) -> Sm3.hex(seed + ":" + member.subjectCode() + ":" + inspector))
					.thenComparing(Comparator.naturalOrder()));
				drawn.add(new Drawn(member.subjectCode(), member.grade(),
						List.copyOf(pool.subList(0, Math.min(perSubject, pool.size())))));
			}
		}
		return drawn;
	}

	/** ⌈ratio × members⌉, at least one of a non-empty grade. */
	public static int sampleSize(int members, BigDecimal ratio) {
		if (members == 0) {
			return 0;
		}
		int size = ratio.multiply(BigDecimal.valueOf(members)).setScale(0, RoundingMode.CEILING).intValue();
		return Math.max(1, Math.min(members, size));
	}

}
