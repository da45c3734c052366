package io.gongxin.commitment;

/**
 * Commitment statistics for a department (or all, {@code departmentCode} null) and a kind
 * (or all).
 *
 * @param fulfilmentRate fulfilled ÷ verified, {@code null} before any verification
 * @param subjectShare subjects with a commitment ÷ subjects registered, {@code null} when
 * no subject is registered
 */
public record CommitmentFigures(String departmentCode, String departmentName, CommitmentKind kind, long signed,
		long subjects, long pending, long overdue, long fulfilled, long broken, Double fulfilmentRate,
		Double subjectShare) {

	@com.fasterxml.jackson.annotation.JsonProperty
	public String kindLabel() {
		return (this.kind != null) ? this.kind.label() : "全部类型";
	}

}
