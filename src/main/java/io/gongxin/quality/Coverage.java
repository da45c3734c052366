package io.gongxin.quality;

import java.util.List;

/**
 * 上报率 of one category: obliged providers with at least one record in the period ÷
 * providers obliged to report it.
 */
public record Coverage(String categoryCode, List<String> obliged, List<String> reporting) {

	public Coverage {
		obliged = List.copyOf(obliged);
		reporting = List.copyOf(reporting);
	}

	public Rate rate() {
		return new Rate(this.reporting.size(), this.obliged.size());
	}

	public List<String> silent() {
		return this.obliged.stream().filter(code -> !this.reporting.contains(code)).toList();
	}

}
