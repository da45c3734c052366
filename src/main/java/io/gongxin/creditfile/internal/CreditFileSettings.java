package io.gongxin.creditfile.internal;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit-file module ({@code gongxin.creditfile.*}).
 *
 * @param regimes location of the publicity regime table (JSON)
 * @param severity how tiers are derived when a record carries none
 */
@ConfigurationProperties("gongxin.creditfile")
record CreditFileSettings(@DefaultValue("classpath:creditfile/publicity-regimes.json") String regimes,
		@DefaultValue Severity severity) {

	/**
	 * Which fields carry the tier, the penalty types and the fine is the catalog's to
	 * declare (field roles); only the thresholds are settings.
	 */
	record Severity(@DefaultValue( {
			"01", "02" }) Set<String> minorTypes, @DefaultValue({ "08", "10", "11", "12" }) Set<String> seriousTypes,
			@DefaultValue("100") BigDecimal seriousFine){

		SeverityRule rule() {
			return new SeverityRule(this.minorTypes, this.seriousTypes, this.seriousFine);
		}

	}

}
