package io.gongxin.evaluation;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One piece of evidence an indicator counted, and its points (before the indicator is
 * held between 0 and its maximum).
 *
 * @param ref the record id, list entry id or commitment number
 */
public record Contribution(String indicatorCode, String indicatorName, EvidenceSource source, String ref,
		String category, String tier, String label, LocalDate occurredOn, int points) {

	@JsonProperty
	public String sourceLabel() {
		return this.source.label();
	}

}
