package io.gongxin.creditfile;

import java.util.Comparator;
import java.util.List;

/**
 * 双公示 in figures, as the portal's home page shows them: organisations' decisions in
 * publicity, all and those decided this month, and the departments that publish most.
 *
 * @param departments the busiest departments by provider code, most items first
 */
public record PublicationStatistics(long licenses, long penalties, long licensesThisMonth, long penaltiesThisMonth,
		List<Department> departments) {

	public PublicationStatistics {
		departments = List.copyOf(departments);
	}

	/** One department's decisions in publicity. */
	public record Department(String providerCode, long licenses, long penalties) {

		/** Most items first; ties by code, so the order is stable. */
		public static final Comparator<Department> BUSIEST_FIRST = Comparator.comparingLong(Department::total)
			.reversed()
			.thenComparing(Department::providerCode);

		public long total() {
			return this.licenses + this.penalties;
		}

	}

}
