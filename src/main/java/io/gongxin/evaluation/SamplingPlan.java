package io.gongxin.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A 双随机 inspection plan: announced with the hash of its seed, drawn later with the seed
 * revealed, so that the draw can be verified and could not be predicted.
 *
 * @param seed {@code null} until the draw
 * @param members the population with grades and the drawn, for authorised callers only;
 * empty in public views
 */
public record SamplingPlan(long id, String number, String departmentCode, String departmentName, String taskName,
		String field, String modelCode, String regionPrefix, Map<Grade, BigDecimal> ratios, List<String> inspectors,
		int inspectorsPerSubject, String seedHash, String seed, State state, int population, Instant announcedAt,
		Instant drawnAt, List<Member> members) {

	public enum State {

		ANNOUNCED("已公布随机种子摘要，待抽取"), DRAWN("已抽取并公开随机种子");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@JsonProperty
	public String stateLabel() {
		return this.state.label();
	}

	/** A member of the population; drawn ones with their inspectors and result. */
	public record Member(long subjectId, String subjectCode, String subjectName, Grade grade, boolean drawn,
			List<String> inspectors, InspectionResult result, String resultNote, LocalDate inspectedOn, Long recordId) {

		@JsonProperty
		public String resultLabel() {
			return (this.result == null) ? null : this.result.label();
		}

	}

}
