package io.gongxin.creditfile;

import java.time.LocalDate;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * Filter of the 双公示 listing: category ({@code XZXK} or {@code XZCF}), reporting
 * department, decision-date range.
 */
public record PublicationFilter(String category, String department, LocalDate from, LocalDate to) {

	public PublicationFilter {
		if (category == null || !(category.equals("XZXK") || category.equals("XZCF"))) {
			throw new DomainException("GX-CF-002", ProblemKind.BAD_REQUEST, "双公示 categories are XZXK and XZCF.");
		}
		department = (department == null || department.isBlank()) ? null : department.strip();
		if (department != null && department.length() > 64) {
			throw new DomainException("GX-CF-002", ProblemKind.BAD_REQUEST, "Department code too long.");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new DomainException("GX-CF-003", ProblemKind.BAD_REQUEST, "The date range ends before it starts.");
		}
	}

}
