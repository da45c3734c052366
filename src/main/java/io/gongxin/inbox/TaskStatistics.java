package io.gongxin.inbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a kind of task was handled in a period: how many were done, how many on time, and
 * the average working days taken (from the start date to the day it was done).
 */
public record TaskStatistics(String typeCode, String typeName, long done, long onTime, BigDecimal averageWorkingDays) {

	/**
	 * Share done on time, in percent with one decimal; {@code null} when none was done.
	 */
	public BigDecimal onTimePercent() {
		if (this.done == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.onTime * 100).divide(BigDecimal.valueOf(this.done), 1, RoundingMode.HALF_UP);
	}

}
